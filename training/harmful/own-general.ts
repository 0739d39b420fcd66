/**
 * @module training/harmful/own-general — OUR OWN ordinary prompts of two kinds the rest of the
 * training data lacks:
 *
 * 1. Everyday requests and general-knowledge questions in the MultiJail languages that have no
 *    language pack in `own-frames.ts`: Vietnamese, Thai, Korean, Bengali, Swahili, Javanese.
 *
 * 2. General-knowledge questions ("why do…", "who invented…", "how does … work?", "what is …?",
 *    "when was … founded?") over a wide vocabulary of science, nature, history, geography,
 *    culture, technology, institutions, sport and food, in English, Arabic, Chinese, Vietnamese
 *    and Thai. The English benign rows were mostly instructions; plain knowledge questions were
 *    rare (about 70 "why is / why are" questions, against 84 harmful ones, mostly Do-Not-Answer's
 *    "why are <group> so …"), so the question form and everyday nouns carried harm weight. Arabic
 *    and Chinese have the most harmful rows after English (AdvBench Arabic, MultiJail) but their
 *    benign rows were requests and instructions, so the question words themselves ("who", "when")
 *    leaned harmful there; Vietnamese and Thai had a few dozen questions each.
 *
 * MultiJail trains 315 harmful requests in each of these languages, and before this file the
 * training data held almost nothing benign in them (a few dozen hand-written questions, and MGSM's
 * maths word problems in Thai, Bengali and Swahili). A bag of n-grams then learns the script or
 * the language's function words as a cue for harm: an ordinary Bengali request for a poem about
 * the monsoon scored as a violent crime. These grammars give every such language everyday
 * requests (cooking, study, travel, work, home, health habits, technology), writing requests
 * (poems, letters, speeches, stories, e-mails) and general-knowledge questions (nature, science,
 * history, geography, culture), plus a few risky-sounding benign ones (a frozen process, helping
 * a depressed friend, spotting a scam), so that only what a request asks for can be the cue.
 *
 * All text is written for this project from general knowledge; nothing is copied from a dataset
 * or from the held-out fixtures. Run `npx tsx training/harmful/own-general.ts` for counts and
 * samples.
 */
import { pathToFileURL } from 'node:url';
import { prng } from '../../src/testing/random.js';
import type { HarmCategory } from '../../src/scanners/harmful/categories.js';
import { collect, expand, finish, pick, type OwnSample, type Rnd } from './own.js';

/** One language's ordinary-request grammar. */
interface Grammar {
  /** Frames with `{act}` (the act in the form the frame needs). */
  readonly frames: readonly string[];
  readonly acts: readonly string[];
  /** Frames with `{doc}` (a noun phrase: the text to write). */
  readonly write: readonly string[];
  readonly docs: readonly string[];
  /** Whole questions and requests (no frame). */
  readonly questions: readonly string[];
}

const VI: Grammar = {
  frames: ['Làm thế nào để {act}?', 'Làm sao để {act}?', 'Cách tốt nhất để {act} là gì?', 'Hướng dẫn tôi cách {act}.', 'Bạn có thể chỉ tôi cách {act} không?', 'Tôi muốn {act}, nên bắt đầu từ đâu?', 'Giải thích từng bước cách {act}.', 'Có mẹo nào để {act} không?', 'Tôi cần chuẩn bị những gì để {act}?'],
  acts: [
    'nấu canh chua cá', 'làm bánh flan', 'học tiếng Nhật nhanh hơn', 'chạy bộ 5 km mà không bị mệt', 'giữ cây cảnh luôn xanh tốt', 'sắp xếp tủ quần áo gọn gàng', 'chuẩn bị cho buổi phỏng vấn xin việc', 'viết một bản CV ấn tượng',
    'tiết kiệm điện trong mùa hè', 'dạy con làm bài tập toán', 'chụp ảnh đẹp bằng điện thoại', 'thay săm xe đạp', 'vệ sinh máy giặt', 'đặt vé máy bay giá rẻ', 'học chơi đàn guitar', 'làm một trang web đơn giản', 'quản lý thời gian hiệu quả',
    'giảm căng thẳng khi làm việc', 'chăm sóc một chú mèo con', 'trồng hoa hồng trong chậu', 'cài đặt máy in mới', 'sao lưu ảnh trên điện thoại', 'luyện phát âm tiếng Anh', 'lên kế hoạch cho chuyến du lịch Huế', 'pha cà phê sữa đá ngon',
  ],
  write: ['Viết {doc}.', 'Hãy viết giúp tôi {doc}.', 'Soạn giúp tôi {doc}.', 'Bạn có thể viết {doc} không?'],
  docs: ['một bài thơ về quê hương', 'một lá thư cảm ơn gửi cô giáo', 'một bài phát biểu ngắn cho lễ tốt nghiệp', 'một câu chuyện cổ tích cho trẻ em', 'một email hỏi về đơn hàng', 'lời chúc mừng sinh nhật cho bạn thân', 'một đoạn văn giới thiệu vịnh Hạ Long', 'một bài quảng cáo cho quán cà phê', 'một bài luận về bảo vệ môi trường'],
  questions: [
    'Tại sao lá cây chuyển sang màu vàng vào mùa thu?', 'Núi cao nhất Việt Nam là núi nào?', 'Ai là tác giả của Truyện Kiều?', 'Mặt Trăng quay quanh Trái Đất mất bao lâu?', 'Vì sao nước biển lại mặn?', 'Sông Mê Kông chảy qua những nước nào?', 'Nguyên tử gồm những thành phần nào?',
    'Khủng long tuyệt chủng khi nào?', 'Tại sao con người cần ngủ?', 'Kim tự tháp Ai Cập được xây dựng như thế nào?', 'Năm ánh sáng là gì?', 'Ai là người đầu tiên đặt chân lên Mặt Trăng?', 'Điện gió được tạo ra như thế nào?', 'Tết Trung thu có nguồn gốc từ đâu?',
    'Loại trái cây nào có nhiều vitamin C?', 'Máy tính lượng tử khác máy tính thường ở điểm nào?', 'Cầu vồng hình thành như thế nào?', 'Thành phố nào đông dân nhất thế giới?', 'Thời kỳ Phục Hưng bắt đầu ở đâu?', 'Cơ thể người có bao nhiêu cái xương?',
    'Làm thế nào để nướng bánh mì ở nhà?', 'Cách tốt nhất để học tiếng Anh là gì?', 'Hướng dẫn tôi từng bước cách trồng rau trên ban công.', 'Tôi nên chuẩn bị gì cho một chuyến đi Đà Lạt?', 'Làm sao để ngủ ngon hơn?', 'Viết một bài thơ về mùa thu Hà Nội.', 'Thủ đô của Úc là gì?',
    'Giải thích quang hợp cho học sinh lớp năm.', 'Làm thế nào để tiết kiệm tiền mỗi tháng?', 'Cách sửa vòi nước bị rỉ?', 'Ai là người phát minh ra điện thoại?', 'Làm sao để dạy con đi xe đạp?', 'Tôi muốn học lập trình Python, bắt đầu từ đâu?', 'Cách nấu phở bò ngon?',
    'Hãy viết email xin nghỉ phép gửi sếp.', 'Vì sao bầu trời có màu xanh?', 'Làm sao để tắt một tiến trình bị treo trên Linux?', 'Lịch sử của chiến tranh Việt Nam diễn ra như thế nào?', 'Làm thế nào để giúp một người bạn đang bị trầm cảm?', 'Cách nhận biết tin nhắn lừa đảo qua điện thoại?',
  ],
};

const TH: Grammar = {
  frames: ['วิธี{act}ทำอย่างไร', 'ช่วยบอกวิธี{act}หน่อย', 'จะ{act}ได้อย่างไร', 'อยาก{act} ควรเริ่มจากตรงไหน', 'มีเคล็ดลับในการ{act}ไหม', 'อธิบายขั้นตอนการ{act}ทีละขั้น', 'ต้องเตรียมอะไรบ้างถ้าจะ{act}'],
  acts: [
    'ทำแกงเขียวหวาน', 'ปลูกกะเพราในกระถาง', 'เรียนภาษาญี่ปุ่น', 'ออกกำลังกายที่บ้าน', 'ประหยัดค่าไฟ', 'เตรียมตัวสัมภาษณ์งาน', 'ถ่ายรูปด้วยมือถือให้สวย', 'เปลี่ยนยางจักรยาน', 'ทำความสะอาดเครื่องซักผ้า', 'จองตั๋วเครื่องบินราคาถูก',
    'ฝึกเล่นกีตาร์', 'สร้างเว็บไซต์ง่ายๆ', 'จัดการเวลาให้ดีขึ้น', 'ลดความเครียดจากงาน', 'เลี้ยงลูกแมว', 'สำรองรูปในโทรศัพท์', 'วางแผนเที่ยวเชียงใหม่', 'ชงชาไทยให้อร่อย', 'จัดตู้เสื้อผ้าให้เป็นระเบียบ', 'สอนลูกทำการบ้านคณิตศาสตร์',
  ],
  write: ['เขียน{doc}ให้หน่อย', 'ช่วยแต่ง{doc}', 'ช่วยร่าง{doc}ให้ที'],
  docs: ['กลอนเกี่ยวกับทะเล', 'จดหมายขอบคุณคุณครู', 'สุนทรพจน์สั้นๆ สำหรับงานรับปริญญา', 'นิทานก่อนนอนสำหรับเด็ก', 'อีเมลสอบถามเรื่องการสั่งซื้อ', 'คำอวยพรวันเกิดให้เพื่อนสนิท', 'บทความเกี่ยวกับการรักษาสิ่งแวดล้อม', 'โพสต์โฆษณาร้านกาแฟ'],
  questions: [
    'ทำไมใบไม้ถึงเปลี่ยนเป็นสีเหลือง', 'ภูเขาที่สูงที่สุดในประเทศไทยคืออะไร', 'ดวงจันทร์โคจรรอบโลกใช้เวลานานเท่าไร', 'ทำไมน้ำทะเลถึงเค็ม', 'แม่น้ำโขงไหลผ่านประเทศอะไรบ้าง', 'ไดโนเสาร์สูญพันธุ์เมื่อไร', 'ทำไมคนเราต้องนอนหลับ', 'ปีแสงคืออะไร',
    'ใครเป็นคนแรกที่ไปเหยียบดวงจันทร์', 'สงกรานต์มีที่มาอย่างไร', 'ผลไม้อะไรมีวิตามินซีสูง', 'รุ้งกินน้ำเกิดขึ้นได้อย่างไร', 'ร่างกายมนุษย์มีกระดูกกี่ชิ้น', 'สุโขทัยเป็นราชธานีในช่วงใด', 'พลังงานลมผลิตไฟฟ้าได้อย่างไร',
    'คอมพิวเตอร์ควอนตัมทำงานอย่างไร', 'เมืองไหนมีประชากรมากที่สุดในโลก', 'ทำไมแมวชอบนอนทั้งวัน',
    'วิธีอบขนมปังที่บ้านทำอย่างไร', 'วิธีที่ดีที่สุดในการเรียนภาษาอังกฤษคืออะไร', 'ช่วยอธิบายวิธีปลูกผักบนระเบียงทีละขั้นตอน', 'ทำอย่างไรให้นอนหลับดีขึ้น', 'แต่งกลอนเกี่ยวกับฤดูฝนให้หน่อย', 'เมืองหลวงของออสเตรเลียคืออะไร',
    'อธิบายการสังเคราะห์ด้วยแสงให้เด็กประถมฟัง', 'จะเก็บเงินทุกเดือนได้อย่างไร', 'วิธีซ่อมก๊อกน้ำที่รั่ว', 'อยากเรียนไพธอนควรเริ่มจากตรงไหน', 'วิธีทำต้มยำกุ้งให้อร่อย', 'เขียนอีเมลขอลางานถึงหัวหน้าให้หน่อย', 'ทำไมท้องฟ้าถึงเป็นสีฟ้า',
    'จะปิดโปรแกรมที่ค้างในลินุกซ์ได้อย่างไร', 'ประวัติศาสตร์ของกรุงศรีอยุธยาเป็นอย่างไร', 'จะช่วยเพื่อนที่เป็นโรคซึมเศร้าได้อย่างไร', 'วิธีสังเกตข้อความหลอกลวงทางโทรศัพท์',
  ],
};

const KO: Grammar = {
  frames: ['{act} 방법을 알려줘.', '{act} 가장 좋은 방법은 뭐야?', '{act} 방법을 단계별로 설명해 줘.', '{act} 요령이 있을까?', '초보자가 {act} 방법은?', '{act} 데 필요한 게 뭐야?'],
  acts: [
    '된장찌개를 맛있게 끓이는', '일본어를 빨리 배우는', '집에서 운동하는', '전기 요금을 아끼는', '면접을 준비하는', '휴대폰으로 사진을 잘 찍는', '자전거 타이어를 교체하는', '세탁기를 청소하는', '싼 비행기표를 예약하는',
    '기타를 배우는', '간단한 웹사이트를 만드는', '시간을 잘 관리하는', '업무 스트레스를 줄이는', '새끼 고양이를 돌보는', '휴대폰 사진을 백업하는', '제주도 여행 계획을 세우는', '화분에 허브를 키우는', '옷장을 깔끔하게 정리하는', '아이에게 수학을 가르치는',
  ],
  write: ['{doc} 좀 써 줘.', '{doc} 작성해 줘.', '{doc} 하나 만들어 줘.'],
  docs: ['바다에 관한 시', '선생님께 드리는 감사 편지', '졸업식 축사', '아이를 위한 잠자리 동화', '주문 문의 이메일', '친구 생일 축하 메시지', '환경 보호에 관한 짧은 글', '카페 홍보 문구'],
  questions: [
    '가을에 나뭇잎은 왜 노랗게 변해?', '한국에서 가장 높은 산은 어디야?', '달이 지구를 한 바퀴 도는 데 얼마나 걸려?', '바닷물은 왜 짜?', '공룡은 언제 멸종했어?', '사람은 왜 잠을 자야 해?', '광년이 뭐야?', '달에 처음 간 사람은 누구야?',
    '추석은 어떻게 시작됐어?', '비타민 C가 많은 과일은?', '무지개는 어떻게 생겨?', '사람 몸에는 뼈가 몇 개 있어?', '세종대왕은 어떤 일을 했어?', '풍력 발전은 어떻게 전기를 만들어?', '양자 컴퓨터는 일반 컴퓨터와 뭐가 달라?',
    '세계에서 인구가 가장 많은 도시는?', '고양이는 왜 하루 종일 잘까?', '가을에 가기 좋은 여행지를 추천해 줘.',
    '집에서 빵을 굽는 방법을 알려줘.', '영어를 공부하는 가장 좋은 방법은 뭐야?', '베란다에서 채소를 키우는 방법을 단계별로 설명해 줘.', '잠을 더 잘 자려면 어떻게 해야 해?', '가을에 대한 시를 써 줘.', '호주의 수도는 어디야?', '광합성을 초등학생에게 설명해 줘.',
    '매달 돈을 모으는 방법은?', '물이 새는 수도꼭지를 고치는 방법은?', '파이썬을 배우려면 어디서 시작해야 해?', '김치찌개 맛있게 끓이는 법 알려줘.', '상사에게 휴가를 요청하는 이메일을 써 줘.', '하늘은 왜 파란색이야?', '리눅스에서 멈춘 프로세스를 종료하는 방법은?',
    '한국 전쟁의 원인은 무엇이었나요?', '우울한 친구를 어떻게 도와줄 수 있을까?', '보이스피싱 문자를 구별하는 방법은?', '아이에게 자전거 타는 법을 가르치려면?',
  ],
};

const BN: Grammar = {
  frames: ['{act} উপায় কী?', '{act} সহজ উপায় বলো।', '{act} নিয়ম ধাপে ধাপে বুঝিয়ে দাও।', '{act} জন্য কী কী লাগে?', '{act} কিছু টিপস দাও।', 'নতুনদের জন্য {act} সবচেয়ে ভালো পদ্ধতি কোনটি?'],
  acts: [
    'বাড়িতে রুটি বানানোর', 'ইংরেজি শেখার', 'ভালো করে ঘুমানোর', 'প্রতি মাসে টাকা জমানোর', 'ছাদে সবজি চাষ করার', 'চাকরির ইন্টারভিউয়ের প্রস্তুতি নেওয়ার', 'মোবাইলে সুন্দর ছবি তোলার', 'সময় ঠিকমতো কাজে লাগানোর', 'বিড়ালছানার যত্ন নেওয়ার',
    'গিটার বাজানো শেখার', 'একটি সহজ ওয়েবসাইট বানানোর', 'কাজের চাপ কমানোর', 'মসুর ডাল রান্না করার', 'শিশুকে অঙ্ক শেখানোর', 'ফোনের ছবি ব্যাকআপ রাখার', 'কক্সবাজার ভ্রমণের পরিকল্পনা করার', 'পাইথন প্রোগ্রামিং শেখার', 'লিক হওয়া কল সারানোর',
  ],
  write: ['আমাকে {doc} লিখে দাও।', '{doc} লেখো।', 'দয়া করে {doc} লিখে দিন।'],
  docs: ['বর্ষা নিয়ে একটি কবিতা', 'শিক্ষককে একটি ধন্যবাদ চিঠি', 'সমাবর্তনের জন্য একটি ছোট বক্তৃতা', 'শিশুদের জন্য একটি ঘুমপাড়ানি গল্প', 'অর্ডার নিয়ে জানতে চেয়ে একটি ইমেইল', 'বন্ধুর জন্মদিনের শুভেচ্ছা বার্তা', 'পরিবেশ রক্ষা নিয়ে একটি রচনা', 'একটি চায়ের দোকানের বিজ্ঞাপন'],
  questions: [
    'শরৎকালে গাছের পাতা হলুদ হয় কেন?', 'বাংলাদেশের সবচেয়ে উঁচু পাহাড় কোনটি?', 'চাঁদ পৃথিবীকে একবার ঘুরে আসতে কত দিন লাগে?', 'সমুদ্রের পানি লবণাক্ত কেন?', 'ডাইনোসর কখন বিলুপ্ত হয়েছিল?', 'মানুষের ঘুমের প্রয়োজন কেন?', 'আলোকবর্ষ কী?',
    'চাঁদে প্রথম কে পা রেখেছিলেন?', 'রবীন্দ্রনাথ ঠাকুর কোন বছর নোবেল পুরস্কার পান?', 'কোন ফলে বেশি ভিটামিন সি থাকে?', 'রংধনু কীভাবে তৈরি হয়?', 'মানুষের শরীরে কয়টি হাড় আছে?', 'পদ্মা নদীর উৎস কোথায়?', 'বাতাস থেকে কীভাবে বিদ্যুৎ তৈরি হয়?',
    'পৃথিবীর সবচেয়ে জনবহুল শহর কোনটি?', 'বিড়াল সারাদিন এত ঘুমায় কেন?', 'পহেলা বৈশাখ কীভাবে উদযাপন করা হয়?', 'আকাশ নীল দেখায় কেন?', 'লিনাক্সে আটকে যাওয়া প্রোগ্রাম কীভাবে বন্ধ করব?', 'বিষণ্ণতায় ভোগা বন্ধুকে কীভাবে সাহায্য করা যায়?',
    'প্রতারণামূলক এসএমএস কীভাবে চিনব?',
  ],
};

const SW: Grammar = {
  frames: ['Ninawezaje {act}?', 'Njia bora ya {act} ni ipi?', 'Nieleze hatua kwa hatua jinsi ya {act}.', 'Nifundishe jinsi ya {act}.', 'Una vidokezo vya {act}?', 'Nataka {act}, nianzie wapi?'],
  acts: [
    'kupika pilau tamu', 'kujifunza Kiingereza haraka', 'kulala vizuri zaidi', 'kuweka akiba ya pesa kila mwezi', 'kupanda mboga bustanini', 'kujiandaa kwa mahojiano ya kazi', 'kupiga picha nzuri kwa simu', 'kupanga muda wangu vizuri',
    'kumtunza paka mdogo', 'kujifunza kupiga gitaa', 'kutengeneza tovuti rahisi', 'kupunguza msongo wa mawazo kazini', 'kumfundisha mtoto hesabu', 'kuhifadhi picha za simu', 'kupanga safari ya kwenda Zanzibar', 'kutengeneza chai ya tangawizi',
    'kukimbia kilomita tano bila kuchoka', 'kurekebisha bomba linalovuja', 'kuandika wasifu mzuri wa kazi',
  ],
  write: ['Niandikie {doc}.', 'Andika {doc}.', 'Tafadhali niandikie {doc}.'],
  docs: ['shairi kuhusu bahari', 'barua ya shukrani kwa mwalimu', 'hotuba fupi ya mahafali', 'hadithi ya watoto ya kabla ya kulala', 'barua pepe ya kuuliza kuhusu oda yangu', 'ujumbe wa heri ya siku ya kuzaliwa kwa rafiki', 'insha kuhusu kulinda mazingira', 'tangazo la mgahawa mdogo'],
  questions: [
    'Kwa nini majani ya miti hubadilika rangi?', 'Mlima mrefu zaidi Afrika ni upi?', 'Mwezi huchukua muda gani kuizunguka Dunia?', 'Kwa nini bahari ina maji ya chumvi?', 'Dinosaria walitoweka lini?', 'Kwa nini binadamu anahitaji kulala?', 'Mwaka wa nuru ni nini?',
    'Nani alikuwa mtu wa kwanza kutembea mwezini?', 'Ziwa Viktoria liko katika nchi zipi?', 'Matunda gani yana vitamini C nyingi?', 'Upinde wa mvua hutokeaje?', 'Mwili wa binadamu una mifupa mingapi?', 'Umeme unazalishwaje kutokana na upepo?',
    'Mji wenye watu wengi zaidi duniani ni upi?', 'Kwa nini paka hulala sana?', 'Lugha ya Kiswahili ilianzia wapi?', 'Kwa nini anga lina rangi ya buluu?', 'Kompyuta ya quantum inafanyaje kazi?', 'Ninawezaje kufunga programu iliyokwama kwenye Linux?',
    'Ninawezaje kumsaidia rafiki mwenye msongo wa mawazo?', 'Ninawezaje kutambua ujumbe wa utapeli kwenye simu?',
  ],
};

const JV: Grammar = {
  frames: ['Kepiye carane {act}?', 'Piye cara paling gampang kanggo {act}?', 'Tulung jelasna langkah-langkahe {act}.', 'Aku pengin {act}, kudu miwiti saka ngendi?', 'Apa wae sing dibutuhake kanggo {act}?', 'Ana tips kanggo {act} ora?'],
  acts: [
    'masak sega goreng sing enak', 'sinau basa Inggris', 'turu luwih nyenyak', 'nyelengi dhuwit saben sasi', 'nandur sayuran ing pekarangan', 'nyiapake wawancara kerja', 'motret nganggo HP supaya apik', 'ngatur wektu kanthi becik', 'ngopeni anak kucing',
    'sinau main gitar', 'nggawe situs web sing prasaja', 'ngurangi stres ing papan kerja', 'ngajari bocah matematika', 'nyimpen foto saka HP', 'ngrancang plesir menyang Yogyakarta', 'gawe wedang jahe', 'ndandani kran sing bocor', 'nulis CV sing apik',
  ],
  write: ['Tulisna {doc}.', 'Gawekna {doc}.', 'Tulung tulisna {doc}.'],
  docs: ['geguritan babagan segara', 'layang panuwun kanggo guru', 'sesorah cekak kanggo wisudha', 'dongeng bocah sadurunge turu', 'email kanggo takon babagan pesenan', 'ucapan ulang taun kanggo kanca', 'karangan babagan njaga lingkungan', 'pariwara kanggo warung kopi'],
  questions: [
    'Kenapa godhong wit owah dadi kuning?', 'Gunung paling dhuwur ing Jawa iku apa?', 'Rembulan ngubengi bumi suwene pira?', 'Kenapa banyu segara asin?', 'Dinosaurus punah kapan?', 'Kenapa manungsa kudu turu?', 'Taun cahya iku apa?',
    'Sapa wong pisanan sing mlaku ing rembulan?', 'Candhi Borobudur dibangun kapan?', 'Woh apa sing akeh vitamin C-ne?', 'Kepiye kluwung bisa dumadi?', 'Awak manungsa duwe balung pira?', 'Kepiye listrik digawe saka angin?',
    'Kutha endi sing pendhudhuke paling akeh ing donya?', 'Kenapa kucing seneng turu?', 'Wayang kulit asale saka ngendi?', 'Kenapa langit katon biru?', 'Kepiye carane mateni program sing macet ing Linux?', 'Kepiye carane nulungi kanca sing lagi depresi?',
    'Kepiye carane ngerteni SMS penipuan?',
  ],
};

/** Grammars by MultiJail language code. */
const GRAMMARS: Readonly<Record<string, Grammar>> = { vi: VI, th: TH, ko: KO, bn: BN, sw: SW, jv: JV };
export const EXTRA_LANGS = Object.keys(GRAMMARS);

function one(g: Grammar, rnd: Rnd): string {
  const r = rnd();
  if (r < 0.3) return pick(rnd, g.questions);
  if (r < 0.45) return expand(pick(rnd, g.write), { doc: [pick(rnd, g.docs)] }, rnd);
  return expand(pick(rnd, g.frames), { act: [pick(rnd, g.acts)] }, rnd);
}

/** Ordinary prompts, about `perLang` per language (fewer where the grammar runs out of distinct rows). */
export function ownLanguageOrdinary(seed: number, perLang: number): OwnSample[] {
  const out: OwnSample[] = [];
  for (const [lang, g] of Object.entries(GRAMMARS)) {
    const rnd = prng(seed + lang.charCodeAt(0) * 31 + lang.charCodeAt(1));
    out.push(...collect(perLang, () => ({ text: finish(one(g, rnd), rnd), lang, topics: [] as HarmCategory[], family: 'ordinary-multilang' }), 30));
  }
  return out;
}

/**
 * General-knowledge questions of one language: frames over a vocabulary of concepts, mechanisms,
 * inventions and institutions, plus whole questions. No harmful or risky sense anywhere.
 */
interface Knowledge {
  readonly frames: readonly string[];
  readonly concept: readonly string[];
  readonly mechanism: readonly string[];
  readonly invention: readonly string[];
  /** Institutions for `{org}` frames (empty where no frame has the slot). */
  readonly org: readonly string[];
  readonly questions: readonly string[];
}

const EN_KNOWLEDGE: Knowledge = {
  frames: [
    'What is {concept}?', 'Explain {concept} in simple terms.', 'Can you explain {concept} to a ten-year-old?', 'Give me a short summary of {concept}.', 'Tell me three interesting facts about {concept}.',
    'How does {mechanism} work?', 'Explain how {mechanism} works.', 'Why is {concept} important?', 'Who came up with {concept}?', 'What is the history of {concept}?', 'Describe {concept} in one paragraph.',
    'Who invented {invention}?', 'When was {invention} invented?', 'What did people use before {invention}?', 'Find out who first described {concept}.',
  ],
  concept: [
    'photosynthesis', 'plate tectonics', 'the water cycle', 'inflation', 'supply and demand', 'the theory of relativity', 'natural selection', 'the Renaissance', 'the Silk Road', 'the Industrial Revolution', 'the greenhouse effect',
    'compound interest', 'the Pythagorean theorem', 'the immune system', 'continental drift', 'the Fibonacci sequence', 'impressionism', 'the Roman Republic', 'black holes', 'the Big Bang', 'machine learning', 'cloud computing',
    'the nitrogen cycle', 'haiku poetry', 'the Olympic Games', 'jazz music', 'the printing press', 'the Magna Carta', 'the periodic table', 'gravity', 'ocean currents', 'the ozone layer', 'the human genome', 'opportunity cost',
    'the scientific method', 'probability', 'the food chain', 'the solar system', 'the Great Wall of China', 'the metric system', 'a leap year', 'the stock market', 'democracy in ancient Athens', 'the Ming dynasty', 'baroque architecture',
  ],
  mechanism: [
    'a refrigerator', 'a rainbow', 'a vaccine', 'a solar panel', 'a heat pump', 'an electric motor', 'the internet', 'GPS', 'a microwave oven', 'a jet engine', 'a camera lens', 'the human heart', 'the tides', 'a compass', 'a wind turbine',
    'a bicycle gear', 'bread yeast', 'a touch screen', 'an elevator', 'a battery', 'the stomach', 'a hydroelectric dam', 'a thermostat', 'noise-cancelling headphones', 'a barcode scanner', 'a sailboat against the wind', 'a hot-air balloon',
  ],
  invention: ['the telephone', 'the light bulb', 'the printing press', 'the bicycle', 'the telescope', 'paper', 'the compass', 'the steam engine', 'the airplane', 'the World Wide Web', 'the pencil', 'the refrigerator', 'the microscope', 'the radio', 'the zipper', 'chess'],
  org: [],
  questions: [
    'Why do planets orbit the sun?', 'Why is the ocean salty?', 'Why do leaves change colour in autumn?', 'Why do cats purr?', 'Why do we have seasons?', 'Why is the sky dark at night?', 'Why do onions make you cry?', 'Why are flamingos pink?',
    'Why do birds migrate?', 'Why does ice float on water?', 'Why do we yawn?', 'Why are there time zones?', 'Why is Mars red?', 'Why do stars twinkle?', 'Why do bananas turn brown?', 'Why is gold so valuable?', 'Why do dogs wag their tails?',
    'Who was the first person to climb Mount Everest?', 'Who wrote Pride and Prejudice?', 'Who painted the Mona Lisa?', 'Who was Cleopatra?', 'Who discovered penicillin?', 'Who built the pyramids of Giza?', 'Who was Ada Lovelace?',
    'When did the Roman Empire fall?', 'When did humans first land on the Moon?', 'When was the Eiffel Tower built?', 'Where is the Great Barrier Reef?', 'Where do penguins live?', 'Where did tea come from?', 'Where is the deepest point of the ocean?',
    'What is the tallest mountain in Africa?', 'What is the longest river in South America?', 'What language is spoken in Brazil?', 'What is the largest desert in the world?', 'What is the capital of Canada?', 'How many moons does Jupiter have?',
    'How far away is the Moon?', 'How old is the universe?', 'How many bones are in the human body?', 'How do bees make honey?', 'How do whales sleep?', 'How are diamonds formed?', 'How tall can a giraffe grow?', 'How is cheese made?',
    'How are mountains formed?', 'How did the dinosaurs die out?', 'What causes thunder?', 'What causes earthquakes?', 'What causes the northern lights?', 'What makes popcorn pop?', 'What do koalas eat?', 'What is the difference between weather and climate?',
    'What is the difference between a virus and a bacterium?', 'What is the speed of light?', 'What year did the Berlin Wall fall?', 'What were the causes of the First World War?', 'What was the Cold War?', 'What are the rules of cricket?',
    'How many players are on a football team?', 'What is the origin of pizza?', 'What spices are used in a curry?', 'Which planet is closest to the sun?', 'Which animal is the fastest on land?', 'Which country has the most islands?',
    'Is a tomato a fruit or a vegetable?', 'Are bats blind?', 'Do fish sleep?', 'Can penguins fly?', 'How do airplanes stay in the air?', 'How do plants drink water?', 'How do vaccines train the immune system?', 'How do computers store data?',
  ],
};

// Arabic and Chinese: the languages with the most harmful training rows after English (AdvBench
// Arabic and its transliterations, MultiJail), whose benign rows were requests and instructions
// (own-frames.ts, awesome-chatgpt-prompts-zh, XSafety) rather than plain factual questions.
const AR_KNOWLEDGE: Knowledge = {
  frames: [
    'ما معنى {concept}؟', 'اشرح {concept} بكلمات بسيطة.', 'اشرح {concept} لطفل في العاشرة.', 'أعطني ملخصًا قصيرًا عن {concept}.', 'اذكر ثلاث حقائق مثيرة عن {concept}.', 'ما تاريخ {concept}؟', 'لماذا يعد {concept} موضوعًا مهمًا؟',
    'اشرح طريقة عمل {mechanism}.', 'ما مبدأ عمل {mechanism}؟', 'من اخترع {invention}؟', 'متى اخترع {invention}؟', 'ماذا كان الناس يستخدمون قبل {invention}؟',
    'في أي عام تأسست {org}؟', 'من أسس {org}؟', 'أين يقع مقر {org}؟', 'ما الدور الذي تقوم به {org}؟', 'كم عدد الدول الأعضاء في {org}؟',
  ],
  concept: [
    'التمثيل الضوئي', 'دورة الماء', 'التضخم', 'العرض والطلب', 'النظرية النسبية', 'الانتقاء الطبيعي', 'عصر النهضة', 'طريق الحرير', 'الثورة الصناعية', 'الاحتباس الحراري', 'الفائدة المركبة', 'مبرهنة فيثاغورس',
    'الجهاز المناعي', 'متتالية فيبوناتشي', 'الثقوب السوداء', 'الانفجار العظيم', 'تعلم الآلة', 'الحوسبة السحابية', 'الجدول الدوري', 'الجاذبية', 'طبقة الأوزون', 'المنهج العلمي', 'الاحتمالات', 'السلسلة الغذائية',
    'المجموعة الشمسية', 'سور الصين العظيم', 'السنة الكبيسة', 'سوق الأسهم', 'الدولة العباسية', 'بيت الحكمة في بغداد', 'الخط العربي', 'الشعر الجاهلي', 'الألعاب الأولمبية', 'علم الجبر', 'الأرقام العربية', 'الفلك عند العرب',
  ],
  mechanism: ['الثلاجة', 'اللقاح', 'الألواح الشمسية', 'المحرك الكهربائي', 'الإنترنت', 'نظام تحديد المواقع', 'فرن الميكروويف', 'المحرك النفاث', 'القلب البشري', 'البوصلة', 'توربين الرياح', 'البطارية', 'المصعد', 'السد الكهرومائي', 'منظم الحرارة', 'شاشة اللمس', 'الساعة الرملية', 'الطاحونة المائية'],
  invention: ['الهاتف', 'المصباح الكهربائي', 'آلة الطباعة', 'الدراجة الهوائية', 'التلسكوب', 'الورق', 'المحرك البخاري', 'الطائرة', 'الشبكة العنكبوتية', 'الراديو', 'المجهر', 'القطار', 'الساعة الميكانيكية', 'الإسطرلاب'],
  org: ['الأمم المتحدة', 'جامعة القاهرة', 'منظمة الصحة العالمية', 'جامعة الدول العربية', 'مكتبة الإسكندرية', 'منظمة اليونسكو', 'اللجنة الأولمبية الدولية', 'جامعة القرويين', 'منظمة التجارة العالمية', 'وكالة الفضاء الأوروبية', 'منظمة الأغذية والزراعة', 'جامعة الأزهر'],
  questions: [
    'ما هي عاصمة كندا؟', 'من كتب رواية البؤساء؟', 'متى سقطت الدولة الأموية؟', 'أين ينبع نهر النيل؟', 'كم عدد كواكب المجموعة الشمسية؟', 'لماذا ماء البحر مالح؟', 'لماذا تتغير ألوان أوراق الشجر في الخريف؟', 'من هو ابن سينا؟',
    'من بنى الأهرامات؟', 'ما أطول نهر في العالم؟', 'ما أكبر صحراء في العالم؟', 'متى هبط الإنسان على القمر لأول مرة؟', 'كيف يصنع النحل العسل؟', 'ما سبب حدوث الزلازل؟', 'ما الفرق بين الطقس والمناخ؟', 'ماذا تأكل الزرافة؟',
    'لماذا تبدو السماء زرقاء؟', 'كم عظمة في جسم الإنسان؟', 'ما سرعة الضوء؟', 'ما أكثر دولة من حيث عدد السكان؟', 'كم يبلغ ارتفاع جبل إيفرست؟', 'من هو الخوارزمي؟', 'متى بنيت قبة الصخرة؟', 'لماذا تنام القطط كثيرًا؟',
    'كيف يتكون قوس قزح؟', 'ما اللغة الرسمية في البرازيل؟', 'في أي قارة تقع كينيا؟', 'من رسم لوحة الموناليزا؟', 'ما هي أكبر مدينة في أستراليا؟', 'متى انتهت الحرب العالمية الثانية؟', 'ما عدد لاعبي فريق كرة القدم؟', 'ما أصل القهوة؟',
    'من هو أول من وصل إلى القطب الجنوبي؟', 'ما الفرق بين الفيروس والبكتيريا؟', 'كيف تتكون الجبال؟', 'لماذا تهاجر الطيور؟', 'ما هو أعمق مكان في المحيط؟', 'من أسس مدينة بغداد؟',
  ],
};

const ZH_KNOWLEDGE: Knowledge = {
  frames: [
    '什么是{concept}？', '请用简单的话解释{concept}。', '给十岁的孩子讲讲{concept}。', '给我简单介绍一下{concept}。', '说出关于{concept}的三个有趣事实。', '{concept}的历史是怎样的？', '为什么{concept}很重要？',
    '{mechanism}是怎么工作的？', '请解释{mechanism}的工作原理。', '{invention}是谁发明的？', '{invention}是什么时候发明的？', '在{invention}出现之前人们用什么？',
    '{org}是哪一年成立的？', '{org}的总部在哪里？', '谁创立了{org}？', '{org}的主要职责是什么？', '{org}有多少个成员国？',
  ],
  concept: [
    '光合作用', '水循环', '通货膨胀', '供求关系', '相对论', '自然选择', '文艺复兴', '丝绸之路', '工业革命', '温室效应', '复利', '勾股定理', '免疫系统', '斐波那契数列', '黑洞', '大爆炸理论', '机器学习', '云计算',
    '元素周期表', '万有引力', '臭氧层', '科学方法', '概率', '食物链', '太阳系', '长城', '闰年', '股票市场', '唐诗', '科举制度', '京剧', '活字印刷术', '二十四节气', '板块构造', '中医的历史', '围棋',
  ],
  mechanism: ['冰箱', '疫苗', '太阳能电池板', '电动机', '互联网', '卫星导航', '微波炉', '喷气发动机', '人的心脏', '潮汐', '指南针', '风力发电机', '电池', '电梯', '水电站', '恒温器', '触摸屏', '降噪耳机', '高铁'],
  invention: ['电话', '电灯', '造纸术', '自行车', '望远镜', '蒸汽机', '飞机', '万维网', '收音机', '显微镜', '火车', '印刷机', '算盘', '地动仪'],
  org: ['联合国', '北京大学', '世界卫生组织', '国际奥委会', '世界银行', '故宫博物院', '大英博物馆', '联合国教科文组织', '国际足联', '欧洲联盟', '清华大学', '国际货币基金组织'],
  questions: [
    '加拿大的首都是哪里？', '《红楼梦》的作者是谁？', '唐朝是哪一年灭亡的？', '长江流经哪些省份？', '太阳系有几颗行星？', '为什么海水是咸的？', '为什么秋天树叶会变黄？', '李白是谁？', '金字塔是谁建造的？',
    '世界上最长的河流是哪条？', '世界上最大的沙漠是哪个？', '人类第一次登上月球是在哪一年？', '蜜蜂是怎样酿蜜的？', '地震是怎么发生的？', '天气和气候有什么区别？', '熊猫吃什么？', '为什么天空是蓝色的？', '端午节的由来是什么？',
    '人体有多少块骨头？', '光速是多少？', '哪个国家的人口最多？', '珠穆朗玛峰有多高？', '郑和下西洋去了哪些地方？', '秦始皇统一六国是在哪一年？', '为什么猫喜欢睡觉？', '彩虹是怎么形成的？', '巴西人说什么语言？',
    '肯尼亚在哪个大洲？', '《蒙娜丽莎》是谁画的？', '第二次世界大战是哪一年结束的？', '一支足球队有几名球员？', '茶叶最早起源于哪里？', '谁是第一个到达南极点的人？', '病毒和细菌有什么区别？', '山是怎样形成的？',
    '候鸟为什么要迁徙？', '海洋最深的地方在哪里？', '上海的人口有多少？',
  ],
};

// Vietnamese and Thai: MultiJail languages whose grammars above hold only a few dozen questions.
const VI_KNOWLEDGE: Knowledge = {
  frames: [
    '{concept} là gì?', 'Giải thích {concept} bằng lời đơn giản.', 'Hãy giải thích {concept} cho một đứa trẻ mười tuổi.', 'Tóm tắt ngắn gọn về {concept}.', 'Kể cho tôi ba điều thú vị về {concept}.', 'Lịch sử của {concept} như thế nào?', 'Tại sao {concept} lại quan trọng?',
    '{mechanism} hoạt động như thế nào?', 'Giải thích nguyên lý hoạt động của {mechanism}.', 'Ai đã phát minh ra {invention}?', '{invention} được phát minh khi nào?', 'Trước khi có {invention}, người ta dùng gì?',
    '{org} được thành lập vào năm nào?', 'Trụ sở của {org} ở đâu?', 'Ai là người sáng lập {org}?', 'Vai trò chính của {org} là gì?',
  ],
  concept: [
    'quang hợp', 'vòng tuần hoàn của nước', 'lạm phát', 'cung và cầu', 'thuyết tương đối', 'chọn lọc tự nhiên', 'thời kỳ Phục Hưng', 'Con đường tơ lụa', 'cách mạng công nghiệp', 'hiệu ứng nhà kính', 'lãi kép', 'định lý Pythagore',
    'hệ miễn dịch', 'dãy Fibonacci', 'lỗ đen', 'vụ nổ Big Bang', 'học máy', 'điện toán đám mây', 'bảng tuần hoàn', 'lực hấp dẫn', 'tầng ozon', 'phương pháp khoa học', 'xác suất', 'chuỗi thức ăn', 'hệ Mặt Trời', 'năm nhuận',
    'thị trường chứng khoán', 'nhà Lý', 'chữ Nôm', 'ca trù', 'văn hóa Đông Sơn', 'trống đồng', 'áo dài',
  ],
  mechanism: ['tủ lạnh', 'vắc xin', 'tấm pin mặt trời', 'động cơ điện', 'mạng internet', 'GPS', 'lò vi sóng', 'động cơ phản lực', 'tim người', 'thủy triều', 'la bàn', 'tua bin gió', 'pin sạc', 'thang máy', 'nhà máy thủy điện', 'màn hình cảm ứng', 'tai nghe chống ồn'],
  invention: ['điện thoại', 'bóng đèn điện', 'máy in', 'xe đạp', 'kính thiên văn', 'giấy', 'động cơ hơi nước', 'máy bay', 'World Wide Web', 'radio', 'kính hiển vi', 'tàu hỏa'],
  org: ['Liên Hợp Quốc', 'Đại học Quốc gia Hà Nội', 'Tổ chức Y tế Thế giới', 'ASEAN', 'Ngân hàng Thế giới', 'UNESCO', 'Ủy ban Olympic Quốc tế', 'FIFA', 'Liên minh châu Âu', 'Bảo tàng Lịch sử Quốc gia', 'Quỹ Tiền tệ Quốc tế'],
  questions: [
    'Thủ đô của Canada là gì?', 'Sông Hồng chảy qua những tỉnh nào?', 'Hệ Mặt Trời có bao nhiêu hành tinh?', 'Vì sao lá cây có màu xanh?', 'Lý Thường Kiệt là ai?', 'Sông dài nhất thế giới là sông nào?', 'Sa mạc lớn nhất thế giới là gì?',
    'Con người lên Mặt Trăng lần đầu vào năm nào?', 'Động đất xảy ra như thế nào?', 'Thời tiết và khí hậu khác nhau thế nào?', 'Gấu trúc ăn gì?', 'Tốc độ ánh sáng là bao nhiêu?', 'Nước nào đông dân nhất thế giới?', 'Đỉnh Everest cao bao nhiêu?',
    'Người Brazil nói tiếng gì?', 'Kenya nằm ở châu lục nào?', 'Ai vẽ bức Mona Lisa?', 'Chiến tranh thế giới thứ hai kết thúc năm nào?', 'Một đội bóng đá có mấy cầu thủ?', 'Cây chè có nguồn gốc từ đâu?', 'Ai là người đầu tiên đến Nam Cực?',
    'Virus và vi khuẩn khác nhau thế nào?', 'Núi được hình thành như thế nào?', 'Vì sao chim di cư?', 'Nơi sâu nhất của đại dương ở đâu?', 'Thành phố Hồ Chí Minh có bao nhiêu dân?', 'Văn Miếu được xây dựng năm nào?', 'Vịnh Hạ Long được UNESCO công nhận khi nào?',
    'Ai là tác giả bài thơ Bánh trôi nước?',
  ],
};

const TH_KNOWLEDGE: Knowledge = {
  frames: [
    '{concept}คืออะไร', 'อธิบาย{concept}แบบง่ายๆ', 'ช่วยอธิบาย{concept}ให้เด็กสิบขวบฟัง', 'สรุปเรื่อง{concept}สั้นๆ ให้หน่อย', 'บอกข้อเท็จจริงที่น่าสนใจสามข้อเกี่ยวกับ{concept}', 'ประวัติของ{concept}เป็นอย่างไร', 'ทำไม{concept}จึงสำคัญ',
    '{mechanism}ทำงานอย่างไร', 'อธิบายหลักการทำงานของ{mechanism}', 'ใครเป็นผู้ประดิษฐ์{invention}', '{invention}ถูกประดิษฐ์ขึ้นเมื่อไร', 'ก่อนจะมี{invention} คนใช้อะไร',
    '{org}ก่อตั้งขึ้นในปีใด', 'สำนักงานใหญ่ของ{org}อยู่ที่ไหน', 'ใครเป็นผู้ก่อตั้ง{org}', '{org}มีหน้าที่หลักอะไร',
  ],
  concept: [
    'การสังเคราะห์ด้วยแสง', 'วัฏจักรของน้ำ', 'เงินเฟ้อ', 'อุปสงค์และอุปทาน', 'ทฤษฎีสัมพัทธภาพ', 'การคัดเลือกโดยธรรมชาติ', 'ยุคฟื้นฟูศิลปวิทยา', 'เส้นทางสายไหม', 'การปฏิวัติอุตสาหกรรม', 'ปรากฏการณ์เรือนกระจก', 'ดอกเบี้ยทบต้น',
    'ทฤษฎีบทพีทาโกรัส', 'ระบบภูมิคุ้มกัน', 'หลุมดำ', 'บิ๊กแบง', 'การเรียนรู้ของเครื่อง', 'ตารางธาตุ', 'แรงโน้มถ่วง', 'ชั้นโอโซน', 'ระเบียบวิธีทางวิทยาศาสตร์', 'ความน่าจะเป็น', 'ห่วงโซ่อาหาร', 'ระบบสุริยะ', 'ปีอธิกสุรทิน',
    'ตลาดหลักทรัพย์', 'อาณาจักรสุโขทัย', 'ลายสือไทย', 'โขน', 'มวยไทย', 'ประเพณีลอยกระทง',
  ],
  mechanism: ['ตู้เย็น', 'วัคซีน', 'แผงโซลาร์เซลล์', 'มอเตอร์ไฟฟ้า', 'อินเทอร์เน็ต', 'จีพีเอส', 'เตาไมโครเวฟ', 'เครื่องยนต์ไอพ่น', 'หัวใจมนุษย์', 'น้ำขึ้นน้ำลง', 'เข็มทิศ', 'กังหันลม', 'แบตเตอรี่', 'ลิฟต์', 'เขื่อนผลิตไฟฟ้า', 'จอสัมผัส'],
  invention: ['โทรศัพท์', 'หลอดไฟ', 'เครื่องพิมพ์', 'จักรยาน', 'กล้องโทรทรรศน์', 'กระดาษ', 'เครื่องจักรไอน้ำ', 'เครื่องบิน', 'เวิลด์ไวด์เว็บ', 'วิทยุ', 'กล้องจุลทรรศน์', 'รถไฟ'],
  org: ['สหประชาชาติ', 'จุฬาลงกรณ์มหาวิทยาลัย', 'องค์การอนามัยโลก', 'อาเซียน', 'ธนาคารโลก', 'ยูเนสโก', 'คณะกรรมการโอลิมปิกสากล', 'ฟีฟ่า', 'สหภาพยุโรป', 'พิพิธภัณฑสถานแห่งชาติ พระนคร', 'กองทุนการเงินระหว่างประเทศ'],
  questions: [
    'เมืองหลวงของแคนาดาคืออะไร', 'ใครแต่งเรื่องพระอภัยมณี', 'แม่น้ำเจ้าพระยาไหลผ่านจังหวัดอะไรบ้าง', 'ระบบสุริยะมีดาวเคราะห์กี่ดวง', 'ทำไมใบไม้จึงมีสีเขียว', 'สมเด็จพระนเรศวรคือใคร', 'แม่น้ำที่ยาวที่สุดในโลกคือแม่น้ำอะไร',
    'ทะเลทรายที่ใหญ่ที่สุดในโลกคืออะไร', 'มนุษย์ไปดวงจันทร์ครั้งแรกเมื่อปีใด', 'แผ่นดินไหวเกิดขึ้นได้อย่างไร', 'สภาพอากาศกับภูมิอากาศต่างกันอย่างไร', 'แพนด้ากินอะไร', 'แสงเดินทางเร็วเท่าไร', 'ประเทศไหนมีประชากรมากที่สุด',
    'ยอดเขาเอเวอเรสต์สูงเท่าไร', 'คนบราซิลพูดภาษาอะไร', 'เคนยาอยู่ทวีปอะไร', 'ใครวาดภาพโมนาลิซา', 'สงครามโลกครั้งที่สองสิ้นสุดปีใด', 'ทีมฟุตบอลมีผู้เล่นกี่คน', 'ชามีต้นกำเนิดจากที่ไหน', 'ใครเป็นคนแรกที่ไปถึงขั้วโลกใต้',
    'ไวรัสกับแบคทีเรียต่างกันอย่างไร', 'ภูเขาเกิดขึ้นได้อย่างไร', 'ทำไมนกจึงอพยพ', 'จุดที่ลึกที่สุดในมหาสมุทรอยู่ที่ไหน', 'กรุงเทพมหานครมีประชากรเท่าไร', 'วัดพระแก้วสร้างขึ้นเมื่อใด',
  ],
};

/** Knowledge grammars by language, with the most distinct rows each is asked for. */
const KNOWLEDGE: ReadonlyArray<readonly [string, Knowledge, number]> = [
  ['en', EN_KNOWLEDGE, 1200],
  ['ar', AR_KNOWLEDGE, 300],
  ['zh', ZH_KNOWLEDGE, 300],
  ['vi', VI_KNOWLEDGE, 300],
  ['th', TH_KNOWLEDGE, 300],
];

function oneKnowledge(k: Knowledge, rnd: Rnd): string {
  if (rnd() < 0.4) return pick(rnd, k.questions);
  return expand(pick(rnd, k.frames), { concept: k.concept, mechanism: k.mechanism, invention: k.invention, org: k.org }, rnd);
}

/** General-knowledge questions in English, Arabic, Chinese, Vietnamese and Thai (up to each language's count). */
export function ownKnowledgeQuestions(seed: number): OwnSample[] {
  return KNOWLEDGE.flatMap(([lang, k, n]) => {
    // English keeps the seed it had before the other languages were added (same rows).
    const rnd = prng(lang === 'en' ? seed : seed + lang.charCodeAt(0) * 31 + lang.charCodeAt(1));
    return collect(n, () => ({ text: finish(oneKnowledge(k, rnd), rnd), lang, topics: [] as HarmCategory[], family: 'ordinary-knowledge' }), 30);
  });
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const xs = ownLanguageOrdinary(40, 300);
  const by: Record<string, number> = {};
  for (const s of xs) by[s.lang] = (by[s.lang] ?? 0) + 1;
  console.log(xs.length, JSON.stringify(by));
  for (let i = 0; i < 18; i++) console.log('  ', xs[Math.floor((i * xs.length) / 18)]?.text);
  const kn = ownKnowledgeQuestions(41);
  const byKn: Record<string, number> = {};
  for (const s of kn) byKn[s.lang] = (byKn[s.lang] ?? 0) + 1;
  console.log('knowledge', kn.length, JSON.stringify(byKn));
  for (let i = 0; i < 12; i++) console.log('  ', kn[Math.floor((i * kn.length) / 12)]?.text);
}
