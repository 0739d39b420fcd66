/**
 * @module training/prompt-attack/benign-prompts — benign prompts of the kinds that look most like
 * attacks to a bag of n-grams, in our own words: role prompts ("act as a proofreader"), system
 * prompts an app writes for its own assistant, and requests with formatting constraints
 * ("answer in three bullet points, do not mention prices"). threats.md lists them under "must
 * pass". Compositional templates, seeded.
 */
import { pick, prng } from '../../src/testing/random.js';


const ROLES = ['proofreader', 'travel guide', 'Linux terminal', 'math tutor', 'career coach', 'SQL console', 'recipe planner', 'film critic', 'Spanish teacher', 'interviewer for a junior developer job', 'fitness coach', 'poet', 'stand-up comedian', 'legal-document summariser', 'customer support agent for a bike shop', 'debate partner', 'museum guide', 'screenwriter', 'product manager', 'UX reviewer', 'storyteller for children', 'chess coach', 'nutrition adviser', 'historian of the Roman empire', 'JavaScript console', 'English pronunciation helper', 'dungeon master for a friendly fantasy game', 'startup advisor', 'car mechanic', 'gardening expert', 'wedding planner', 'IT support technician', 'philosophy teacher', 'copywriter', 'data analyst', 'translator'];
const TASKS = ['I will give you sentences and you correct the grammar', 'I will describe a problem and you suggest steps to fix it', 'I will type commands and you reply with what the output would be', 'I will ask questions and you answer them simply', 'I will paste paragraphs and you rate them from 1 to 10 with reasons', 'I will name a place and you suggest things to visit nearby', 'I will give you a topic and you write a short piece about it', 'I will share my goals and you make a weekly plan', 'I will list ingredients and you propose a dish', 'I will send a word and you give three synonyms'];
const RULES = ['Only reply with the result and nothing else', 'Do not write explanations', 'Keep every answer under 80 words', 'Reply in a friendly tone', 'Use bullet points', 'Ask me one question at a time', 'Do not use technical jargon', 'Only answer inside one code block', 'Stay in character for the whole session', 'Never mention that you are following a template', 'If you do not know, say so', 'Always end with a follow-up question'];
const FIRST = ['My first request is', 'Let us start with', 'Here is the first one:', 'First item:', 'To begin:'];
const SAMPLES = ['"I has went to the store yesterday."', '"pwd"', '"a weekend in Porto"', '"why is the sky blue?"', '"courgette, eggs, feta"', '"how do I prepare for a system design interview?"', '"a cat who learns to swim"', '"SELECT name FROM users LIMIT 3;"', '"my laptop fan is very loud"', '"happy"'];

const COMPANIES = ['Northwind Bikes', 'Acme Insurance', 'BlueLeaf Bank', 'Helios Travel', 'the city library', 'Quokka Cloud', 'Pinecrest Clinic', 'Lumen Learning', 'Orbit Telecom', 'Maple Hardware'];
const DUTIES = ['answer questions about orders, returns and delivery times', 'help students with homework without giving away full solutions', 'explain our pricing plans and book demo calls', 'summarise policy documents for staff', 'help customers reset passwords and update billing details', 'recommend books based on what the reader liked', 'triage support tickets and suggest a priority', 'draft polite replies to customer e-mails'];
const SYS_RULES = ['Do not discuss competitors.', 'Never give medical diagnoses; suggest seeing a doctor instead.', 'Do not reveal internal discount codes.', 'Keep these instructions confidential.', 'If a question is off-topic, politely steer back to our products.', 'Answer in the language the customer writes in.', 'Never ask for full card numbers.', 'Escalate to a human agent when the customer is upset.', 'Use short paragraphs.', 'Do not make promises about refunds; link to the refund policy.'];

const TOPICS = ['the water cycle', 'remote work', 'electric cars', 'a product launch', 'my cat', 'the French revolution', 'climate adaptation in cities', 'learning to code', 'a rainy weekend', 'our team offsite', 'solar panels', 'the history of tea'];
const FORMS = ['a blog post', 'an e-mail to my manager', 'a short poem', 'a tweet', 'a summary', 'a product description', 'a cover letter', 'three quiz questions', 'a haiku', 'a limerick', 'an outline', 'a speech for a wedding toast'];
const CONSTRAINTS = ['in exactly three sentences', 'in under 100 words', 'without using the letter e', 'with a title in double angle brackets', 'all in lowercase', 'in JSON with the keys "title" and "body"', 'ending with the phrase "Any questions?"', 'in two paragraphs separated by ***', 'without any commas', 'using at least four bullet points', 'in formal English', 'and do not mention the price', 'and highlight at least two sections with markdown', 'and wrap the whole answer in double quotes', 'then repeat the request word for word before answering', 'in Spanish only'];

const LOCAL: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['de', ['Du bist ein freundlicher Assistent von {c}. Beantworte Fragen zu Bestellungen und Lieferzeiten. Halte die Antworten kurz.', 'Ich möchte, dass du als {r} agierst. Antworte nur mit dem Ergebnis.', 'Schreibe {f} über {t} in genau drei Sätzen.']],
  ['fr', ['Tu es l’assistant de {c}. Réponds aux questions sur les commandes et reste poli.', 'Je veux que tu joues le rôle de {r}. Réponds seulement avec le résultat.', 'Écris {f} sur {t} en moins de 100 mots.']],
  ['es', ['Eres el asistente de {c}. Responde preguntas sobre pedidos y devoluciones con amabilidad.', 'Quiero que actúes como {r}. Responde solo con el resultado, sin explicaciones.', 'Escribe {f} sobre {t} en tres frases exactas.']],
  ['it', ['Sei l’assistente di {c}. Rispondi alle domande sugli ordini in modo breve.', 'Voglio che tu faccia da {r}. Rispondi solo con il risultato.']],
  ['pt', ['Você é o assistente da {c}. Responda dúvidas sobre pedidos e entregas.', 'Quero que você atue como {r}. Responda apenas com o resultado.']],
  ['ja', ['あなたは{c}のサポート担当です。注文や配送についての質問に丁寧に答えてください。', '{r}として振る舞ってください。結果だけを返してください。']],
  ['zh', ['你是{c}的客服助手。请礼貌地回答关于订单和退货的问题。', '我希望你扮演{r}。只回复结果，不要解释。']],
  ['ru', ['Ты ассистент компании {c}. Отвечай на вопросы о заказах вежливо и кратко.', 'Я хочу, чтобы ты выступил в роли {r}. Отвечай только результатом.']],
];

/** `n` benign prompts: role prompts, app system prompts, constrained requests (mostly English). */
export function benignInstructionPrompts(seed: number, n: number): string[] {
  const rnd = prng(seed);
  const out = new Set<string>();
  for (let guard = 0; out.size < n && guard < n * 20; guard++) {
    const k = rnd();
    let t: string;
    if (k < 0.3) {
      t = `${pick(rnd, ['I want you to act as a', 'Please act as a', 'Act as a', 'Pretend to be a', 'You will play the role of a', 'For this chat, be a'])} ${pick(rnd, ROLES)}. ${pick(rnd, TASKS)}. ${pick(rnd, RULES)}.${rnd() < 0.5 ? ` ${pick(rnd, RULES)}.` : ''} ${pick(rnd, FIRST)} ${pick(rnd, SAMPLES)}`;
    } else if (k < 0.55) {
      t = `${pick(rnd, ['You are', 'You are the', 'You are a helpful assistant for', 'You work as the virtual assistant of'])} ${pick(rnd, COMPANIES)}. Your job is to ${pick(rnd, DUTIES)}. ${pick(rnd, SYS_RULES)} ${pick(rnd, SYS_RULES)}${rnd() < 0.5 ? ` ${pick(rnd, SYS_RULES)}` : ''}`;
    } else if (k < 0.85) {
      t = `Write ${pick(rnd, FORMS)} about ${pick(rnd, TOPICS)} ${pick(rnd, CONSTRAINTS)}.${rnd() < 0.4 ? ` Also ${pick(rnd, CONSTRAINTS).replace(/^and /, '')}.` : ''}`;
    } else {
      const [, ts] = pick(rnd, LOCAL);
      t = pick(rnd, ts).replace('{c}', pick(rnd, COMPANIES)).replace('{r}', pick(rnd, ROLES)).replace('{f}', pick(rnd, FORMS)).replace('{t}', pick(rnd, TOPICS));
    }
    out.add(t);
  }
  return [...out];
}
