/**
 * @module training/harmful/own-general — OUR OWN ordinary prompts of two kinds the rest of the
 * training data lacks:
 *
 * 1. Everyday requests and general-knowledge questions in the MultiJail languages that have no
 *    language pack in `own-frames.ts`: Vietnamese, Thai, Korean, Bengali, Swahili, Javanese.
 *
 * 2. English general-knowledge questions ("why do…", "who invented…", "how does … work?",
 *    "what is …?") over a wide vocabulary of science, nature, history, geography, culture,
 *    technology, sport and food. The English benign rows were mostly instructions; plain
 *    knowledge questions were rare (about 70 "why is / why are" questions, against 84 harmful
 *    ones, mostly Do-Not-Answer's "why are <group> so …"), so the question form and everyday
 *    nouns carried harm weight.
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
 * or from the held-out fixtures. Run `npx tsx training/harmful/own-languages.ts` for counts and
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

/** English general-knowledge questions: frames × a wide vocabulary (no harmful or risky sense). */
const EN_KNOWLEDGE = {
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
} as const;

function oneEnglish(rnd: Rnd): string {
  if (rnd() < 0.4) return pick(rnd, EN_KNOWLEDGE.questions);
  return expand(pick(rnd, EN_KNOWLEDGE.frames), { concept: EN_KNOWLEDGE.concept, mechanism: EN_KNOWLEDGE.mechanism, invention: EN_KNOWLEDGE.invention }, rnd);
}

/** English general-knowledge questions (up to `n`). */
export function ownKnowledgeQuestions(seed: number, n: number): OwnSample[] {
  const rnd = prng(seed);
  return collect(n, () => ({ text: finish(oneEnglish(rnd), rnd), lang: 'en', topics: [] as HarmCategory[], family: 'ordinary-knowledge' }), 30);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const xs = ownLanguageOrdinary(40, 300);
  const by: Record<string, number> = {};
  for (const s of xs) by[s.lang] = (by[s.lang] ?? 0) + 1;
  console.log(xs.length, JSON.stringify(by));
  for (let i = 0; i < 18; i++) console.log('  ', xs[Math.floor((i * xs.length) / 18)]?.text);
  const en = ownKnowledgeQuestions(41, 1200);
  console.log('en', en.length);
  for (let i = 0; i < 12; i++) console.log('  ', en[Math.floor((i * en.length) / 12)]?.text);
}
