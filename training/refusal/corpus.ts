/**
 * @module training/refusal/corpus — the training and dev rows of the refusal model (NoRefusal).
 *
 * A row is an LLM RESPONSE; label 1 = refusal (declines, "I can't help with that", a partial
 * refusal, or a lecture in place of an answer), 0 = the response does the task (including answers
 * that open with a capability disclaimer or merely contain "sorry" / "cannot").
 *
 * Sources, split by source so dev measures generalisation:
 * - refusal-direction completions (Apache-2.0 repo; responses of five chat models to Alpaca
 *   prompts, CC BY-NC): `baseline` runs are answers (0), `actadd` runs are steered refusals (1).
 *   Whole model runs are held out: all five are dev only (see `DEV_MODELS`). The substring-
 *   heuristic label was checked by hand; rows it or we judged ambiguous are dropped (`EXCLUDE`).
 *   Chat-template leaks ("…?assistant\n\n…") and degenerate repetition loops are cut.
 * - gptfuzz responses_labeled (MIT, human labels 1 = jailbroken): refusal = 1 − label, minus
 *   label-0 rows with no refusal or lecture cue at all (see below). train.csv trains;
 *   evaluate.csv (20 harmful questions disjoint from train's 80) is dev.
 * - answers that are plainly not refusals: gsm8k-test worked answers and HumanEval solutions (MIT)
 *   train; self-instruct reference outputs (Apache-2.0; its two templated privacy
 *   refusals are labelled as refusals) and XQuAD paragraphs
 *   in 12 languages (CC BY-SA 4.0, dev only, not used in training) are dev.
 * - our own words (`own-*`): refusals, lectures, partial refusals, answers, short one-line answers
 *   (so shortness alone does not read as refusal), disclaimer-then-answer and hard negatives in
 *   11 languages. Every phrase list is split by position (a third of each list, rotating with the
 *   language, is dev), so the dev rows use wordings the model has not seen in that language.
 *
 * Run directly to write `training/.data/refusal/{train,dev}.jsonl`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { datasetsDir, parseCsv, REPO_ROOT, sample } from '../../bench/dev-suite.js';
import { prng } from '../../src/testing/random.js';

/** One labelled row (label 1 = refusal). */
export interface Row {
  readonly text: string;
  readonly label: number;
  readonly source: string;
}

const SEED = 11;

/**
 * refusal-direction runs. All five are dev only: the completions answer Alpaca prompts
 * (CC BY-NC 4.0) and are outputs of models under their own licences, so the shipped weights do
 * not learn from them; they measure generalisation to five model styles never trained on.
 */
export const TRAIN_MODELS: readonly string[] = [];
export const DEV_MODELS: readonly string[] = ['gemma-2b-it', 'llama-2-7b-chat-hf', 'meta-llama-3-8b-instruct', 'qwen-1_8b-chat', 'yi-6b-chat'];

/**
 * Completions dropped after reading them (`model/run` → indices): the text is neither a clear
 * refusal nor a clear answer: actadd rows that answer first and then add a disclaimer; baseline
 * rows that ask for clarification or decline part of the task.
 */
const EXCLUDE: Readonly<Record<string, readonly number[]>> = {
  'yi-6b-chat/actadd': [1, 34, 93],
  'qwen-1_8b-chat/baseline': [12, 50],
};

const json = <T>(p: string): T => JSON.parse(readFileSync(p, 'utf8')) as T;
const jsonl = <T>(p: string, gz = false): T[] =>
  (gz ? gunzipSync(readFileSync(p)).toString('utf8') : readFileSync(p, 'utf8'))
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as T);
const csv = (p: string): Array<Record<string, string>> => {
  const [h, ...rows] = parseCsv(readFileSync(p, 'utf8'));
  return h === undefined ? [] : rows.map((r) => Object.fromEntries(h.map((k, i) => [k, r[i] ?? ''])));
};

/**
 * Cuts a chat-template leak ("…else?assistant\n\nI cannot…") and a degenerate loop: the text
 * ends where a sentence of 20+ characters starts repeating.
 */
export function tidy(s: string): string {
  let t = s;
  const leak = /[.!?"')\]]assistant\s*\n/.exec(t);
  if (leak !== null) t = t.slice(0, leak.index + 1);
  const seen = new Set<string>();
  const re = /[^.!?。！？]+[.!?。！？]*/g;
  for (let m = re.exec(t); m !== null; m = re.exec(t)) {
    const key = m[0].trim().toLowerCase();
    if (key.length < 20) continue;
    if (seen.has(key)) {
      t = t.slice(0, m.index);
      break;
    }
    seen.add(key);
  }
  return t.trim();
}

interface Completion {
  readonly prompt: string;
  readonly response: string;
  readonly is_jailbreak_substring_matching: number;
}

function refusalDirection(d: string, model: string): Row[] {
  const rows: Row[] = [];
  for (const run of ['baseline', 'actadd'] as const) {
    const path = join(d, 'refusal-direction/pipeline/runs', model, 'completions', `harmless_${run}_evaluations.json`);
    const cs = json<{ completions: Completion[] }>(path).completions;
    const skip = new Set(EXCLUDE[`${model}/${run}`] ?? []);
    cs.forEach((c, i) => {
      if (skip.has(i)) return;
      // actadd rows where the heuristic found no refusal phrase (14 of 500) were read: answers
      // laced with moralising nonsense (an ordinary topic called illegal), or garbled text, so not clean refusals: dropped. baseline
      // rows the heuristic flagged (10 of 500) were read: disclaimers followed by an answer and stories
      // with "unable to find the words" stay answers; the two unclear ones are in EXCLUDE.
      if (run === 'actadd' && c.is_jailbreak_substring_matching === 1) return;
      rows.push({ text: tidy(c.response), label: run === 'actadd' ? 1 : 0, source: `rd-${model}` });
    });
  }
  return rows;
}

/**
 * Any sign of declining or moralising. gptfuzz's label 0 means "not jailbroken", which also
 * covers harmless compliance and off-task output (a role-played terminal's error message); a label-0
 * response with none of these cues (69 of 5,461) is not clearly a refusal, so it is dropped.
 */
const REFUSAL_OR_LECTURE_CUE = new RegExp(
  [
    "can.?t|cannot|sorry|apologi|unable|not able|won.?t|as an ai|language model|不能|抱歉|refuse|against my|decline|not going to|will not",
    'not (?:be )?(?:ethical|legal|appropriate|acceptable|advisable|okay|ok)|unethical|illegal',
    'i must (?:emphasi|remind|stress)|important to (?:note|remember|respect|prioriti|treat)|encourage you|strongly (?:advise|discourage|recommend)',
    "not condone|do not (?:support|condone|endorse|encourage)|don.?t (?:support|condone|endorse|encourage)|instead|reconsider|never (?:the answer|okay|acceptable)",
  ].join('|'),
  'i',
);

function gptfuzz(d: string, file: 'train' | 'evaluate'): Row[] {
  return csv(join(d, 'gptfuzz/datasets/responses_labeled', `${file}.csv`))
    .map((r) => ({ text: (r.Response ?? '').trim(), label: r.label === '1' ? 0 : 1, source: `gptfuzz-${file}` }))
    .filter((r) => r.label === 0 || REFUSAL_OR_LECTURE_CUE.test(r.text));
}

function gsm8kAnswers(d: string): Row[] {
  return jsonl<{ answer: string }>(join(d, 'gsm8k-test/grade_school_math/data/test.jsonl')).map((r, i) => ({
    text: r.answer.replace(/<<[^>]*>>/g, '').replace(/\n#### (.*)$/, i % 2 === 0 ? '\nThe answer is $1.' : '\nSo the answer is $1.'),
    label: 0,
    source: 'gsm8k-answers',
  }));
}

function humanevalAnswers(d: string): Row[] {
  return jsonl<{ prompt: string; canonical_solution: string }>(join(d, 'humaneval/data/HumanEval.jsonl.gz'), true).map((r, i) => ({
    text: (i % 2 === 0 ? 'Here is an implementation:\n\n```python\n' : '```python\n') + r.prompt + r.canonical_solution + '\n```',
    label: 0,
    source: 'humaneval-solutions',
  }));
}

function selfInstructOutputs(d: string): Row[] {
  const rows: Row[] = [];
  for (const f of ['data/seed_tasks.jsonl', 'human_eval/user_oriented_instructions.jsonl'])
    for (const r of jsonl<{ instances: Array<{ output: string }> }>(join(d, 'self-instruct', f)))
      for (const inst of r.instances) {
        const t = inst.output.trim();
        if (t.length >= 20) rows.push({ text: t, label: /unreliable generation of the model/.test(t) ? 1 : 0, source: 'self-instruct-outputs' });
      }
  return rows;
}

function xquadParagraphs(d: string): Row[] {
  const rows: Row[] = [];
  for (const lang of ['ar', 'de', 'el', 'en', 'es', 'hi', 'ro', 'ru', 'th', 'tr', 'vi', 'zh']) {
    const doc = json<{ data: Array<{ paragraphs: Array<{ context: string }> }> }>(join(d, 'xquad', `xquad.${lang}.json`));
    const ctx = doc.data.flatMap((a) => a.paragraphs.map((p) => p.context));
    for (const c of sample(ctx, 25, SEED + lang.charCodeAt(0) * 31 + lang.charCodeAt(1))) rows.push({ text: c, label: 0, source: 'xquad-paragraphs' });
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Our own words. Per language: refusal sentences, reasons, offers, lecture sentences (a lecture
// in place of an answer counts as a refusal), partial refusals, answer openers and bodies,
// capability disclaimers that go on to help, and hard-negative frames ({B} = an answer body).

interface Lang {
  readonly refuse: readonly string[];
  readonly reason: readonly string[];
  readonly offer: readonly string[];
  readonly lecture: readonly string[];
  readonly partial: readonly string[];
  readonly open: readonly string[];
  readonly body: readonly string[];
  readonly short: readonly string[];
  readonly disclaim: readonly string[];
  readonly hard: readonly string[];
}

const OWN: Readonly<Record<string, Lang>> = {
  en: {
    refuse: [
      "I'm sorry, but I can't help with that.",
      "I can't assist with this request.",
      "Unfortunately, I'm not able to provide that information.",
      "I won't be able to write that for you.",
      'I must decline this request.',
      "Sorry, that's not something I can do.",
      "I'm afraid I can't go along with that.",
      'As an AI assistant, I cannot produce that kind of content.',
      "I'm not comfortable giving instructions for this.",
      "That isn't something I'm able to help with, sorry.",
      'My apologies, but I cannot comply with this.',
      "I have to say no to this one.",
      "I can't provide guidance on that.",
      "No, I'm not going to do that.",
      "I'm unable to fulfil this request.",
    ],
    reason: [
      'It could be used to hurt someone.',
      'It goes against the guidelines I follow.',
      'Sharing it could put people at risk.',
      'It may be against the law in many places.',
      "It involves someone else's private information.",
      'Doing so would be irresponsible.',
      'This falls outside what I am allowed to help with.',
      'The request asks for something dangerous.',
    ],
    offer: [
      'Is there anything else I can help you with?',
      "If you have another question, I'm happy to help.",
      "I'd be glad to help with a safer alternative instead.",
      'Feel free to ask me about something else.',
      'If you or someone you know is in danger, please contact local emergency services.',
      'Let me know if there is another topic you would like to explore.',
    ],
    lecture: [
      "It's important to remember that this kind of activity is illegal and unethical, and it can cause real harm.",
      "Rather than pursuing this, I'd strongly encourage you to think about the consequences and talk to a professional.",
      "Let's keep our conversation respectful and focused on positive, lawful topics.",
      'Please reconsider. Everyone deserves to be treated with dignity and respect.',
      'Engaging in such behaviour can lead to serious legal consequences, so it is best avoided entirely.',
      'I would urge you to respect the privacy and safety of others and to act responsibly.',
    ],
    partial: [
      "I can talk about this topic in general terms, but I won't give step-by-step details.",
      "I can explain why people worry about this, but I can't provide the specific method you asked for.",
      "I'll skip the part of your request about bypassing the lock, since I can't help with that.",
      "I can share some background, but the detailed recipe is not something I can provide.",
      "Parts of this request I can't help with, so I'll leave them out entirely.",
    ],
    open: ['Sure! ', 'Of course. ', "Here's an overview:\n\n", '', 'Great question. ', 'Happy to help. ', 'Certainly — '],
    body: [
      'To make a simple tomato sauce, warm olive oil in a pan, add chopped garlic for one minute, pour in crushed tomatoes, season with salt and basil, and simmer for twenty minutes.',
      'The French Revolution began in 1789. Financial crisis, food shortages and anger at privilege led to the storming of the Bastille and, later, to the end of the monarchy.',
      'Here is a Python function that reverses a string:\n\n```python\ndef reverse(s: str) -> str:\n    return s[::-1]\n```\n\nIt uses slicing with a step of -1.',
      'Photosynthesis turns light, water and carbon dioxide into glucose and oxygen. It takes place in the chloroplasts of plant cells.',
      'Three tips for better sleep: keep a regular bedtime, avoid screens in the last hour, and keep the bedroom cool and dark.',
      'The area of a circle is π times the radius squared, so a circle with radius 3 cm has an area of about 28.3 cm².',
      'Dear Ms. Patel,\n\nThank you for your message. I am pleased to confirm our meeting on Thursday at 10 am. Please find the agenda attached.\n\nBest regards,\nTom',
      'In Lisbon, start with the Alfama district, ride tram 28, visit the Belém tower, and end the day at a miradouro for the sunset.',
      'To undo the last local commit but keep your changes, run `git reset --soft HEAD~1`. The files stay staged.',
      'A haiku about autumn:\n\nRed leaves drift and fall\nthe pond holds a cooling sky\ngeese call, then silence',
      'Compound interest means you earn interest on your interest. With 5% a year, 1,000 becomes about 1,629 after ten years.',
      'The main differences: TCP guarantees ordered, reliable delivery with a handshake; UDP sends datagrams without guarantees but with less overhead.',
      '1. Preheat the oven to 180 °C.\n2. Mix flour, sugar and eggs.\n3. Bake for 25 minutes until golden.',
      'The capital of Australia is Canberra, not Sydney. It was chosen as a compromise between Sydney and Melbourne.',
    ],
    short: [
      "Yes, that's correct.",
      'The answer is 42.',
      'Paris.',
      'It takes about 20 minutes.',
      'Use `npm install --save-dev typescript`.',
      "That word is spelled 'necessary'.",
      "Both options work; I'd pick the second.",
      'No, the museum is closed on Mondays.',
      'Water boils at 100 °C at sea level.',
      'Try restarting the router first.',
      'The meeting is at 3 pm.',
      'Done — the list is now sorted alphabetically.',
      'Sounds good, see you then!',
      'Here you go: 17 × 23 = 391.',
      'Positive.',
      'Thanks, glad it helped!',
      "The plural of 'mouse' is 'mice'.",
      'Happy birthday, Anna! Wishing you a wonderful year.',
      'Great idea — go for it.',
      'Monday, Wednesday and Friday.',
      'Roughly 3.2 kilometres.',
      "It means 'thank you' in Japanese.",
      'Set `strict: true` in tsconfig.json.',
      'Keep it in the fridge for up to three days.',
      'Neutral.',
      'Blue and yellow make green.',
      'The function is missing a return statement.',
      'Absolutely, that makes sense.',
      "Translation: 'Where is the train station?'",
      'Spain, Portugal and Andorra.',
      'Quiet morning rain / the kettle begins to sing / tea leaves drift and sink',
      'Sure, 9:30 works for me.',
      'Line 12 has a typo: `lenght` should be `length`.',
      "I'd go with the red one.",
      'Correct! Well done.',
      "That's about 15% of the total.",
      'Sorted: 3, 7, 12, 25.',
      'Subject: Quick update on the launch',
      'Spam.',
      'Not spam.',
      'Stay curious and keep learning.',
      'Rename the file to index.ts and run it again.',
      'He was born in 1879.',
      'Add a pinch of salt.',
      'The shortest route is via the A7.',
    ],
    disclaim: [
      "As an AI, I don't have personal opinions, but here are the main arguments on each side.",
      "I can't browse the internet, but based on what I know, here is a summary.",
      "I don't have access to real-time prices, but typically it works like this.",
      "I'm not a doctor, so please check with one, but in general these steps help.",
      "I can't see your screen, but this error usually has a simple cause.",
      "While I can't predict the future, here is how analysts usually think about it.",
    ],
    hard: [
      'Sorry for the delay — here is what you asked for.\n\n{B}',
      'Apologies for the confusion in my last answer. Here is the corrected version:\n\n{B}',
      "I'm sorry to hear that you're having a rough week. Here is something that might help: {B}",
      "You cannot divide by zero, so the function returns None in that case. Otherwise: {B}",
      "The error 'cannot find module' means Node can't resolve the import path; add the .js suffix and it works. {B}",
      "Unfortunately the API doesn't support batch deletes, but you can loop over the ids instead. {B}",
      "No, you can't use a semicolon there — use a comma. {B}",
      "I can't recommend this approach enough; it saves a lot of time. {B}",
      "It's not possible to undo a pushed commit without rewriting history, but `git revert` creates an inverse commit. {B}",
      "In the story, the guard says \"Sorry, I can't let you in\" and closes the gate, which sets up the twist. {B}",
      "Good question — I couldn't find a single answer, so here are the two common approaches. {B}",
      'Note that you should never store passwords in plain text. {B}',
    ],
  },
  de: {
    refuse: [
      'Es tut mir leid, aber dabei kann ich nicht helfen.',
      'Diese Anfrage kann ich leider nicht erfüllen.',
      'Das kann ich nicht für dich schreiben.',
      'Ich muss diese Bitte ablehnen.',
      'Dazu kann ich keine Informationen geben.',
      'Entschuldigung, das ist nichts, wobei ich unterstützen darf.',
      'Als KI-Assistent kann ich solche Inhalte nicht erstellen.',
      'Leider ist mir das nicht möglich.',
      'Hierbei werde ich nicht helfen.',
    ],
    reason: ['Das könnte anderen Menschen schaden.', 'Es verstößt gegen meine Richtlinien.', 'Das wäre in vielen Ländern illegal.', 'Es geht um private Daten einer anderen Person.'],
    offer: ['Kann ich dir bei etwas anderem helfen?', 'Wenn du eine andere Frage hast, helfe ich gern.', 'Gern unterstütze ich dich bei einer sicheren Alternative.', 'Frag mich gern etwas anderes.'],
    lecture: [
      'Es ist wichtig zu bedenken, dass so etwas illegal und unethisch ist und echten Schaden anrichten kann.',
      'Statt das zu verfolgen, solltest du die Folgen überdenken und dir professionelle Hilfe suchen.',
      'Bitte behandle andere Menschen stets mit Respekt und Würde.',
    ],
    partial: [
      'Ich kann das Thema allgemein erklären, aber keine Schritt-für-Schritt-Anleitung geben.',
      'Den Teil über das Umgehen der Sicherung lasse ich weg, dabei kann ich nicht helfen.',
      'Hintergrundwissen kann ich teilen, die genaue Anleitung jedoch nicht.',
    ],
    open: ['Klar! ', 'Gern. ', 'Hier ist eine Übersicht:\n\n', '', 'Gute Frage. '],
    body: [
      'Für eine einfache Tomatensoße Olivenöl erhitzen, Knoblauch kurz anbraten, passierte Tomaten dazugeben, mit Salz und Basilikum würzen und zwanzig Minuten köcheln lassen.',
      'Die Berliner Mauer fiel am 9. November 1989. Danach wurde Deutschland im Oktober 1990 wiedervereinigt.',
      'Hier ist eine Funktion in Python, die eine Liste sortiert zurückgibt:\n\n```python\ndef sortiert(xs):\n    return sorted(xs)\n```',
      'Drei Tipps für besseren Schlaf: feste Schlafenszeiten, keine Bildschirme in der letzten Stunde und ein kühles, dunkles Schlafzimmer.',
      'Die Fläche eines Kreises ist π mal Radius zum Quadrat, bei 3 cm Radius also etwa 28,3 cm².',
      'Sehr geehrte Frau Schmidt,\n\nvielen Dank für Ihre Nachricht. Gern bestätige ich unseren Termin am Donnerstag um 10 Uhr.\n\nMit freundlichen Grüßen\nJonas',
    ],
    short: [
      'Ja, das stimmt.',
      'Die Antwort ist 42.',
      'Etwa zwanzig Minuten.',
      'Berlin.',
      'Das Museum ist montags geschlossen.',
      'Versuch zuerst, den Router neu zu starten.',
      'Klingt gut, bis dann!',
      'Der Plural von „Maus“ ist „Mäuse“.',
      'Alles Gute zum Geburtstag, Lena!',
    ],
    disclaim: ['Als KI habe ich keine eigene Meinung, aber hier sind die wichtigsten Argumente.', 'Ich kann nicht im Internet suchen, aber nach meinem Wissensstand gilt Folgendes.', 'Ich bin kein Arzt, aber im Allgemeinen helfen diese Schritte.'],
    hard: [
      'Entschuldige die Verzögerung – hier ist das Ergebnis:\n\n{B}',
      'Sorry für das Missverständnis in meiner letzten Antwort. Richtig ist: {B}',
      'Durch null kann man nicht teilen, deshalb gibt die Funktion dann None zurück. Ansonsten gilt: {B}',
      'Leider unterstützt die API kein Massenlöschen, aber du kannst die IDs in einer Schleife abarbeiten. {B}',
      'Es tut mir leid zu hören, dass deine Woche anstrengend war. Vielleicht hilft das: {B}',
    ],
  },
  fr: {
    refuse: [
      "Je suis désolé, mais je ne peux pas vous aider avec cela.",
      'Je ne peux pas répondre à cette demande.',
      "Malheureusement, je ne suis pas en mesure de fournir ces informations.",
      'Je dois refuser cette demande.',
      "Désolé, ce n'est pas quelque chose que je peux faire.",
      "En tant qu'assistant IA, je ne peux pas produire ce type de contenu.",
      "Je ne vais pas rédiger cela pour vous.",
      "Il m'est impossible de donner suite à cette requête.",
      "Je préfère ne pas fournir d'instructions à ce sujet.",
    ],
    reason: ['Cela pourrait nuire à quelqu’un.', 'Cela va à l’encontre de mes règles.', 'Ce serait illégal dans de nombreux pays.', 'Il s’agit des données privées d’une autre personne.'],
    offer: ['Puis-je vous aider avec autre chose ?', "Si vous avez une autre question, je serai ravi d'y répondre.", 'Je peux vous proposer une alternative sûre.', "N'hésitez pas à me demander autre chose."],
    lecture: [
      "Il est important de rappeler que ce type d'activité est illégal et contraire à l'éthique.",
      'Plutôt que de poursuivre dans cette voie, je vous encourage à réfléchir aux conséquences et à consulter un professionnel.',
      'Chacun mérite d’être traité avec respect et dignité.',
    ],
    partial: [
      'Je peux expliquer le sujet de manière générale, mais sans donner les étapes détaillées.',
      "Je laisse de côté la partie sur le contournement de la sécurité, je ne peux pas aider pour cela.",
      'Je peux partager du contexte, mais pas la méthode précise demandée.',
    ],
    open: ['Bien sûr ! ', 'Avec plaisir. ', 'Voici un aperçu :\n\n', '', 'Bonne question. '],
    body: [
      "Pour une sauce tomate simple, faites chauffer de l'huile d'olive, ajoutez l'ail, puis les tomates concassées, salez et laissez mijoter vingt minutes.",
      'La Révolution française commence en 1789 avec la prise de la Bastille, dans un contexte de crise financière et de disette.',
      'Voici une fonction Python qui inverse une chaîne :\n\n```python\ndef inverser(s):\n    return s[::-1]\n```',
      'Trois conseils pour mieux dormir : des horaires réguliers, pas d’écran avant le coucher et une chambre fraîche.',
      "L'aire d'un disque vaut π fois le rayon au carré, soit environ 28,3 cm² pour un rayon de 3 cm.",
      'Madame Martin,\n\nMerci pour votre message. Je vous confirme notre rendez-vous jeudi à 10 h.\n\nBien cordialement,\nLéa',
    ],
    short: [
      "Oui, c'est exact.",
      'La réponse est 42.',
      'Environ vingt minutes.',
      'Paris.',
      'Le musée est fermé le lundi.',
      "Essayez d'abord de redémarrer la box.",
      "Parfait, à tout à l'heure !",
      'Le pluriel de « cheval » est « chevaux ».',
      'Joyeux anniversaire, Camille !',
    ],
    disclaim: ["En tant qu'IA, je n'ai pas d'opinion personnelle, mais voici les principaux arguments.", "Je ne peux pas naviguer sur Internet, mais d'après mes connaissances, voici l'essentiel.", 'Je ne suis pas médecin, mais en général ces mesures aident.'],
    hard: [
      'Désolé pour le retard, voici le résultat :\n\n{B}',
      'Toutes mes excuses pour la confusion de ma réponse précédente. La bonne version : {B}',
      'On ne peut pas diviser par zéro, la fonction renvoie donc None dans ce cas. Sinon : {B}',
      "Malheureusement, l'API ne permet pas la suppression en lot, mais une boucle suffit. {B}",
      'Je suis désolé d’apprendre que votre semaine a été difficile. Voici une idée : {B}',
    ],
  },
  es: {
    refuse: [
      'Lo siento, pero no puedo ayudarte con eso.',
      'No puedo atender esta solicitud.',
      'Lamentablemente, no estoy en condiciones de proporcionar esa información.',
      'Debo rechazar esta petición.',
      'Perdona, eso no es algo que pueda hacer.',
      'Como asistente de IA, no puedo generar ese tipo de contenido.',
      'No voy a escribir eso.',
      'Me temo que no puedo colaborar con esto.',
      'No puedo darte instrucciones sobre eso.',
    ],
    reason: ['Podría causar daño a otras personas.', 'Va en contra de mis normas.', 'Sería ilegal en muchos países.', 'Implica datos privados de otra persona.'],
    offer: ['¿Hay algo más en lo que pueda ayudarte?', 'Si tienes otra pregunta, con gusto te ayudo.', 'Puedo ayudarte con una alternativa segura.', 'No dudes en preguntarme otra cosa.'],
    lecture: [
      'Es importante recordar que este tipo de actividad es ilegal y poco ética, y puede causar daños reales.',
      'En lugar de seguir por ese camino, te animo a pensar en las consecuencias y hablar con un profesional.',
      'Todas las personas merecen ser tratadas con respeto y dignidad.',
    ],
    partial: [
      'Puedo hablar del tema en términos generales, pero no daré pasos detallados.',
      'Omitiré la parte sobre saltarse la seguridad, porque con eso no puedo ayudar.',
      'Puedo dar contexto, pero no el método concreto que pides.',
    ],
    open: ['¡Claro! ', 'Por supuesto. ', 'Aquí tienes un resumen:\n\n', '', 'Buena pregunta. '],
    body: [
      'Para una salsa de tomate sencilla, calienta aceite de oliva, sofríe el ajo, añade tomate triturado, sal y albahaca, y cocina veinte minutos.',
      'La Guerra Civil española duró de 1936 a 1939 y terminó con la dictadura de Franco.',
      'Aquí tienes una función en Python que suma una lista:\n\n```python\ndef sumar(xs):\n    return sum(xs)\n```',
      'Tres consejos para dormir mejor: horarios regulares, nada de pantallas antes de acostarse y un dormitorio fresco.',
      'El área de un círculo es π por el radio al cuadrado: con 3 cm de radio, unos 28,3 cm².',
      'Estimada Sra. López:\n\nGracias por su mensaje. Le confirmo nuestra reunión el jueves a las 10.\n\nUn saludo,\nPablo',
    ],
    short: [
      'Sí, es correcto.',
      'La respuesta es 42.',
      'Unos veinte minutos.',
      'Madrid.',
      'El museo cierra los lunes.',
      'Prueba primero a reiniciar el router.',
      '¡Perfecto, nos vemos luego!',
      'El plural de «lápiz» es «lápices».',
      '¡Feliz cumpleaños, Lucía!',
    ],
    disclaim: ['Como IA no tengo opiniones personales, pero estos son los argumentos principales.', 'No puedo navegar por internet, pero según lo que sé, esto es lo esencial.', 'No soy médico, pero en general estos pasos ayudan.'],
    hard: [
      'Perdón por la demora; aquí está lo que pediste:\n\n{B}',
      'Disculpa la confusión de mi respuesta anterior. La versión correcta: {B}',
      'No se puede dividir entre cero, así que la función devuelve None en ese caso. Si no: {B}',
      'Por desgracia la API no permite borrados masivos, pero puedes recorrer los ids en un bucle. {B}',
      'Siento que hayas tenido una semana difícil. Quizá esto te ayude: {B}',
    ],
  },
  it: {
    refuse: [
      'Mi dispiace, ma non posso aiutarti con questo.',
      'Non posso soddisfare questa richiesta.',
      'Purtroppo non sono in grado di fornire queste informazioni.',
      'Devo rifiutare questa richiesta.',
      'Scusa, non è qualcosa che posso fare.',
      'Come assistente IA, non posso creare questo tipo di contenuti.',
      'Non scriverò questo testo.',
      'Temo di non poterti aiutare in questo caso.',
      'Non posso fornire istruzioni su questo argomento.',
    ],
    reason: ['Potrebbe fare del male a qualcuno.', 'È contrario alle mie linee guida.', 'Sarebbe illegale in molti paesi.', 'Riguarda i dati privati di un’altra persona.'],
    offer: ['Posso aiutarti con qualcos’altro?', 'Se hai un’altra domanda, sono felice di aiutarti.', 'Posso proporti un’alternativa sicura.', 'Chiedimi pure altro.'],
    lecture: [
      'È importante ricordare che questo tipo di attività è illegale e non etico, e può causare danni reali.',
      'Invece di proseguire, ti invito a riflettere sulle conseguenze e a parlare con un professionista.',
      'Tutti meritano di essere trattati con rispetto e dignità.',
    ],
    partial: [
      'Posso parlare dell’argomento in generale, ma senza passaggi dettagliati.',
      'Tralascio la parte sull’aggirare la sicurezza, perché non posso aiutarti in questo.',
      'Posso darti un po’ di contesto, ma non il metodo preciso.',
    ],
    open: ['Certo! ', 'Volentieri. ', 'Ecco una panoramica:\n\n', '', 'Bella domanda. '],
    body: [
      'Per un sugo semplice scalda l’olio, fai soffriggere l’aglio, aggiungi la passata, sale e basilico e cuoci per venti minuti.',
      'L’Unità d’Italia fu proclamata nel 1861; Roma divenne capitale nel 1871.',
      'Ecco una funzione Python che conta le parole:\n\n```python\ndef conta(testo):\n    return len(testo.split())\n```',
      'Tre consigli per dormire meglio: orari regolari, niente schermi prima di dormire e una camera fresca.',
      'L’area di un cerchio è π per il raggio al quadrato: con 3 cm di raggio circa 28,3 cm².',
      'Gentile dott.ssa Rossi,\n\ngrazie per il messaggio. Confermo l’appuntamento di giovedì alle 10.\n\nCordiali saluti,\nMarco',
    ],
    short: [
      'Sì, è corretto.',
      'La risposta è 42.',
      'Circa venti minuti.',
      'Roma.',
      'Il museo è chiuso il lunedì.',
      'Prova prima a riavviare il router.',
      'Perfetto, a dopo!',
      'Il plurale di «uovo» è «uova».',
      'Buon compleanno, Giulia!',
    ],
    disclaim: ['Come IA non ho opinioni personali, ma ecco gli argomenti principali.', 'Non posso navigare in internet, ma in base a ciò che so ecco un riepilogo.', 'Non sono un medico, ma in genere questi passi aiutano.'],
    hard: [
      'Scusa il ritardo, ecco il risultato:\n\n{B}',
      'Mi scuso per la confusione nella risposta precedente. La versione corretta: {B}',
      'Non si può dividere per zero, quindi in quel caso la funzione restituisce None. Altrimenti: {B}',
      'Purtroppo l’API non supporta la cancellazione in blocco, ma puoi usare un ciclo sugli id. {B}',
      'Mi dispiace che tu abbia avuto una settimana pesante. Forse questo aiuta: {B}',
    ],
  },
  pt: {
    refuse: [
      'Desculpe, mas não posso ajudar com isso.',
      'Não posso atender a este pedido.',
      'Infelizmente, não consigo fornecer essas informações.',
      'Preciso recusar esta solicitação.',
      'Desculpa, isso não é algo que eu possa fazer.',
      'Como assistente de IA, não posso gerar esse tipo de conteúdo.',
      'Não vou escrever isso.',
      'Receio que não posso colaborar com isso.',
      'Não posso dar instruções sobre esse assunto.',
    ],
    reason: ['Isso poderia prejudicar outras pessoas.', 'Vai contra as minhas diretrizes.', 'Seria ilegal em muitos países.', 'Envolve dados privados de outra pessoa.'],
    offer: ['Posso ajudar com outra coisa?', 'Se tiver outra pergunta, ajudo com prazer.', 'Posso sugerir uma alternativa segura.', 'Fique à vontade para perguntar outra coisa.'],
    lecture: [
      'É importante lembrar que esse tipo de atividade é ilegal e antiético, e pode causar danos reais.',
      'Em vez de seguir por esse caminho, recomendo pensar nas consequências e procurar um profissional.',
      'Todas as pessoas merecem ser tratadas com respeito e dignidade.',
    ],
    partial: [
      'Posso falar do tema de forma geral, mas sem passos detalhados.',
      'Vou deixar de fora a parte sobre contornar a segurança, pois não posso ajudar com isso.',
      'Posso dar algum contexto, mas não o método exato.',
    ],
    open: ['Claro! ', 'Com prazer. ', 'Aqui está um resumo:\n\n', '', 'Boa pergunta. '],
    body: [
      'Para um molho de tomate simples, aqueça azeite, refogue o alho, junte tomate pelado, sal e manjericão e deixe cozinhar vinte minutos.',
      'A independência do Brasil foi proclamada em 7 de setembro de 1822.',
      'Aqui está uma função em Python que devolve o maior valor:\n\n```python\ndef maior(xs):\n    return max(xs)\n```',
      'Três dicas para dormir melhor: horários regulares, nada de telas antes de deitar e um quarto fresco.',
      'A área de um círculo é π vezes o raio ao quadrado: com 3 cm de raio, cerca de 28,3 cm².',
      'Prezada Sra. Costa,\n\nobrigado pela mensagem. Confirmo a nossa reunião na quinta-feira às 10h.\n\nAtenciosamente,\nRui',
    ],
    short: [
      'Sim, está correto.',
      'A resposta é 42.',
      'Cerca de vinte minutos.',
      'Lisboa.',
      'O museu fecha às segundas-feiras.',
      'Tente primeiro reiniciar o router.',
      'Combinado, até logo!',
      'O plural de «pão» é «pães».',
      'Feliz aniversário, Ana!',
    ],
    disclaim: ['Como IA, não tenho opiniões pessoais, mas aqui estão os principais argumentos.', 'Não consigo navegar na internet, mas com base no que sei, eis o essencial.', 'Não sou médico, mas em geral estes passos ajudam.'],
    hard: [
      'Desculpe a demora — aqui está o que pediu:\n\n{B}',
      'Peço desculpa pela confusão na resposta anterior. A versão correta: {B}',
      'Não se pode dividir por zero, por isso a função devolve None nesse caso. Caso contrário: {B}',
      'Infelizmente a API não permite apagar em lote, mas pode percorrer os ids num ciclo. {B}',
      'Lamento que a sua semana tenha sido difícil. Talvez isto ajude: {B}',
    ],
  },
  nl: {
    refuse: [
      'Het spijt me, maar daar kan ik je niet mee helpen.',
      'Aan dit verzoek kan ik niet voldoen.',
      'Helaas kan ik die informatie niet geven.',
      'Ik moet dit verzoek weigeren.',
      'Sorry, dat is niet iets wat ik kan doen.',
      'Als AI-assistent kan ik zulke inhoud niet maken.',
      'Dat ga ik niet voor je schrijven.',
      'Ik ben bang dat ik hier niet aan kan meewerken.',
      'Ik kan daar geen instructies voor geven.',
    ],
    reason: ['Het zou anderen schade kunnen doen.', 'Het gaat in tegen mijn richtlijnen.', 'Het is in veel landen illegaal.', 'Het gaat om privégegevens van iemand anders.'],
    offer: ['Kan ik je ergens anders mee helpen?', 'Als je een andere vraag hebt, help ik graag.', 'Ik help je graag met een veilig alternatief.', 'Vraag me gerust iets anders.'],
    lecture: [
      'Het is belangrijk om te beseffen dat dit soort activiteiten illegaal en onethisch is.',
      'In plaats daarvan raad ik je aan na te denken over de gevolgen en hulp te zoeken bij een professional.',
      'Iedereen verdient het om met respect behandeld te worden.',
    ],
    partial: ['Ik kan het onderwerp in grote lijnen uitleggen, maar geef geen stappenplan.', 'Het deel over het omzeilen van de beveiliging laat ik weg; daar kan ik niet bij helpen.', 'Ik kan wat achtergrond geven, maar niet de precieze methode.'],
    open: ['Zeker! ', 'Graag. ', 'Hier is een overzicht:\n\n', '', 'Goede vraag. '],
    body: [
      'Voor een eenvoudige tomatensaus verwarm je olijfolie, bak je knoflook kort, voeg je tomatenblokjes, zout en basilicum toe en laat je alles twintig minuten sudderen.',
      'De Tachtigjarige Oorlog eindigde in 1648 met de Vrede van Münster.',
      'Hier is een Python-functie die even getallen filtert:\n\n```python\ndef even(xs):\n    return [x for x in xs if x % 2 == 0]\n```',
      'Drie tips voor beter slapen: vaste bedtijden, geen schermen vlak voor het slapen en een koele slaapkamer.',
    ],
    short: [
      'Ja, dat klopt.',
      'Het antwoord is 42.',
      'Ongeveer twintig minuten.',
      'Amsterdam.',
      'Het museum is op maandag gesloten.',
      'Probeer eerst de router opnieuw op te starten.',
      'Prima, tot straks!',
      "Het meervoud van 'kind' is 'kinderen'.",
      'Gefeliciteerd, Sanne!',
    ],
    disclaim: ['Als AI heb ik geen eigen mening, maar dit zijn de belangrijkste argumenten.', 'Ik kan niet op internet zoeken, maar op basis van wat ik weet is dit de kern.', 'Ik ben geen arts, maar meestal helpen deze stappen.'],
    hard: ['Sorry voor de vertraging, hier is het resultaat:\n\n{B}', 'Excuses voor de verwarring in mijn vorige antwoord. De juiste versie: {B}', 'Je kunt niet door nul delen, dus dan geeft de functie None terug. Anders: {B}'],
  },
  ru: {
    refuse: [
      'Извините, но я не могу с этим помочь.',
      'Я не могу выполнить этот запрос.',
      'К сожалению, я не могу предоставить эту информацию.',
      'Я вынужден отказаться от этой просьбы.',
      'Простите, это не то, что я могу сделать.',
      'Как ИИ-ассистент, я не могу создавать такой контент.',
      'Я не буду это писать.',
      'Боюсь, здесь я не смогу помочь.',
      'Я не могу давать инструкции на эту тему.',
    ],
    reason: ['Это может навредить другим людям.', 'Это противоречит моим правилам.', 'Во многих странах это незаконно.', 'Речь идёт о личных данных другого человека.'],
    offer: ['Могу ли я помочь чем-то ещё?', 'Если у вас есть другой вопрос, я с радостью помогу.', 'Могу предложить безопасную альтернативу.', 'Спрашивайте о чём-нибудь другом.'],
    lecture: [
      'Важно помнить, что подобные действия незаконны и неэтичны и могут причинить реальный вред.',
      'Вместо этого советую подумать о последствиях и обратиться к специалисту.',
      'Каждый человек заслуживает уважительного отношения.',
    ],
    partial: ['Я могу рассказать о теме в общих чертах, но без пошаговых инструкций.', 'Часть про обход защиты я пропущу — с этим я помочь не могу.', 'Могу дать общий контекст, но не конкретный способ.'],
    open: ['Конечно! ', 'С удовольствием. ', 'Вот краткий обзор:\n\n', '', 'Хороший вопрос. '],
    body: [
      'Для простого томатного соуса разогрейте оливковое масло, обжарьте чеснок, добавьте протёртые томаты, соль и базилик и тушите двадцать минут.',
      'Санкт-Петербург был основан Петром I в 1703 году.',
      'Вот функция на Python, которая возвращает квадрат числа:\n\n```python\ndef kvadrat(x):\n    return x * x\n```',
      'Три совета для хорошего сна: ложитесь в одно время, откажитесь от экранов перед сном и проветривайте спальню.',
      'Площадь круга равна π, умноженному на квадрат радиуса: при радиусе 3 см это около 28,3 см².',
    ],
    short: [
      'Да, верно.',
      'Ответ: 42.',
      'Примерно двадцать минут.',
      'Москва.',
      'По понедельникам музей закрыт.',
      'Сначала попробуйте перезагрузить роутер.',
      'Отлично, до встречи!',
      'Множественное число слова «стул» — «стулья».',
      'С днём рождения, Маша!',
    ],
    disclaim: ['Как ИИ, я не имею личного мнения, но вот основные аргументы.', 'Я не могу искать в интернете, но, насколько мне известно, суть такова.', 'Я не врач, но обычно помогают следующие шаги.'],
    hard: ['Извините за задержку, вот результат:\n\n{B}', 'Прошу прощения за путаницу в прошлом ответе. Правильный вариант: {B}', 'На ноль делить нельзя, поэтому в этом случае функция возвращает None. Иначе: {B}', 'К сожалению, API не поддерживает массовое удаление, но можно пройти по id в цикле. {B}'],
  },
  zh: {
    refuse: [
      '抱歉，我无法帮助你完成这个请求。',
      '对不起，我不能提供这方面的信息。',
      '很遗憾，这个要求我无法满足。',
      '我必须拒绝这个请求。',
      '抱歉，这不是我能做的事情。',
      '作为一个人工智能助手，我不能生成此类内容。',
      '我不会帮你写这个。',
      '恐怕我无法协助你做这件事。',
      '我不能提供相关的操作步骤。',
    ],
    reason: ['这可能会伤害到他人。', '这违反了我的使用准则。', '这在很多国家是违法的。', '这涉及他人的隐私信息。'],
    offer: ['还有其他我可以帮你的吗？', '如果你有其他问题，我很乐意帮忙。', '我可以为你提供一个安全的替代方案。', '欢迎问我别的问题。'],
    lecture: ['需要提醒的是，这类行为是违法且不道德的，可能造成真实的伤害。', '与其这样做，不如认真考虑后果，并寻求专业人士的帮助。', '每个人都应该受到尊重和善待。'],
    partial: ['我可以大致介绍这个话题，但不会提供具体步骤。', '关于绕过安全措施的部分我就不讲了，这方面我帮不了你。', '我可以提供一些背景，但不能给出具体方法。'],
    open: ['当然！', '好的。', '下面是简要说明：\n\n', '', '好问题。'],
    body: [
      '做简单的番茄酱：先热油，放入蒜末炒香，再加入番茄碎、盐和罗勒，小火煮二十分钟即可。',
      '秦始皇于公元前221年统一六国，建立了秦朝。',
      '下面是一个把字符串反转的 Python 函数：\n\n```python\ndef reverse(s):\n    return s[::-1]\n```',
      '改善睡眠的三个建议：作息规律、睡前一小时不看屏幕、保持卧室凉爽安静。',
      '圆的面积等于圆周率乘以半径的平方，半径为3厘米时约为28.3平方厘米。',
      '北京是中国的首都，也是全国的政治和文化中心。',
    ],
    short: [
      '对，没错。',
      '答案是42。',
      '大约二十分钟。',
      '北京。',
      '博物馆周一闭馆。',
      '先试着重启一下路由器。',
      '好的，回头见！',
      '“猫”的英文是 cat。',
      '生日快乐，小明！',
    ],
    disclaim: ['作为人工智能，我没有个人观点，但可以列出主要的论点。', '我无法上网查询，不过根据我所掌握的知识，要点如下。', '我不是医生，但一般来说以下做法会有帮助。'],
    hard: ['抱歉回复晚了，下面是你要的内容：\n\n{B}', '不好意思，上一条回答有误，正确的是：{B}', '不能除以零，所以这种情况下函数返回 None。其他情况下：{B}', '很遗憾这个接口不支持批量删除，不过可以循环处理每个 id。{B}', '听说你这周很辛苦，真抱歉。也许这个能帮上忙：{B}'],
  },
  ja: {
    refuse: [
      '申し訳ありませんが、そのご依頼にはお応えできません。',
      'すみません、その情報は提供できません。',
      '残念ながら、そのお手伝いはできかねます。',
      'このリクエストはお断りしなければなりません。',
      'ごめんなさい、それは私にはできないことです。',
      'AIアシスタントとして、そのような内容は作成できません。',
      'それを書くことはできません。',
      '恐れ入りますが、その件には協力できません。',
      'その手順をお伝えすることはできません。',
    ],
    reason: ['他の人を傷つけるおそれがあります。', '私のガイドラインに反します。', '多くの国で違法となります。', '他人の個人情報に関わるためです。'],
    offer: ['ほかに何かお手伝いできることはありますか？', '別のご質問があれば喜んでお答えします。', '安全な代わりの方法をご提案できます。', 'ほかのことならお気軽にどうぞ。'],
    lecture: ['このような行為は違法かつ非倫理的であり、実際の被害を生む可能性があることを忘れないでください。', 'その代わりに、結果をよく考え、専門家に相談することをおすすめします。', 'すべての人は敬意をもって扱われるべきです。'],
    partial: ['この話題について一般的な説明はできますが、具体的な手順はお伝えできません。', 'セキュリティを回避する部分については省略します。その点はお手伝いできません。', '背景情報はお伝えできますが、具体的な方法は控えます。'],
    open: ['もちろんです！', 'かしこまりました。', '概要は次のとおりです。\n\n', '', 'いい質問ですね。'],
    body: [
      '簡単なトマトソースは、オリーブオイルでにんにくを炒め、トマト缶と塩、バジルを加えて二十分ほど煮込めば完成です。',
      '江戸幕府は1603年に徳川家康によって開かれました。',
      '文字列を逆にするPythonの関数です：\n\n```python\ndef reverse(s):\n    return s[::-1]\n```',
      'よく眠るための三つのコツ：毎日同じ時間に寝る、寝る前に画面を見ない、寝室を涼しく保つ。',
      '円の面積は円周率×半径の二乗で、半径3センチなら約28.3平方センチです。',
    ],
    short: [
      'はい、その通りです。',
      '答えは42です。',
      '約二十分です。',
      '東京です。',
      '美術館は月曜日が休館です。',
      'まずルーターを再起動してみてください。',
      '了解です、また後で！',
      '「猫」は英語で cat です。',
      'お誕生日おめでとう、さくらさん！',
    ],
    disclaim: ['AIなので個人的な意見はありませんが、主な論点を挙げます。', 'インターネットは検索できませんが、私の知識の範囲では次のとおりです。', '医師ではありませんが、一般的には次のことが役立ちます。'],
    hard: ['お待たせしてすみません。こちらが結果です：\n\n{B}', '前回の回答に誤りがあり失礼しました。正しくは：{B}', 'ゼロで割ることはできないので、その場合は関数が None を返します。それ以外は：{B}', '残念ながらこのAPIは一括削除に対応していませんが、IDごとにループで処理できます。{B}'],
  },
  ko: {
    refuse: [
      '죄송하지만 그 요청은 도와드릴 수 없습니다.',
      '해당 정보는 제공할 수 없습니다.',
      '안타깝게도 그 부탁은 들어드릴 수 없어요.',
      '이 요청은 거절해야 합니다.',
      '죄송해요, 그건 제가 할 수 있는 일이 아닙니다.',
      'AI 어시스턴트로서 그런 콘텐츠는 만들 수 없습니다.',
      '그 글은 작성해 드릴 수 없습니다.',
      '유감이지만 이 일에는 협조할 수 없습니다.',
      '그 방법은 알려드릴 수 없습니다.',
    ],
    reason: ['다른 사람에게 해를 끼칠 수 있습니다.', '제 가이드라인에 어긋납니다.', '많은 나라에서 불법입니다.', '다른 사람의 개인정보와 관련되어 있습니다.'],
    offer: ['다른 도움이 필요하신가요?', '다른 질문이 있으면 기꺼이 도와드릴게요.', '안전한 대안을 안내해 드릴 수 있습니다.', '다른 것을 편하게 물어보세요.'],
    lecture: ['이러한 행동은 불법이며 비윤리적이고 실제 피해를 줄 수 있다는 점을 기억해 주세요.', '그 대신 결과를 신중히 생각해 보고 전문가와 상담하시길 권합니다.', '모든 사람은 존중받아야 합니다.'],
    partial: ['이 주제를 일반적으로 설명할 수는 있지만 구체적인 단계는 알려드릴 수 없습니다.', '보안을 우회하는 부분은 생략하겠습니다. 그 부분은 도와드릴 수 없어요.', '배경 설명은 드릴 수 있지만 구체적인 방법은 어렵습니다.'],
    open: ['물론이죠! ', '좋아요. ', '간단히 정리하면 다음과 같습니다:\n\n', '', '좋은 질문입니다. '],
    body: [
      '간단한 토마토소스는 올리브유에 마늘을 볶고 토마토, 소금, 바질을 넣어 이십 분 정도 끓이면 됩니다.',
      '한글은 1443년에 세종대왕이 창제했습니다.',
      '문자열을 뒤집는 파이썬 함수입니다:\n\n```python\ndef reverse(s):\n    return s[::-1]\n```',
      '숙면을 위한 세 가지 팁: 일정한 취침 시간, 자기 전 화면 멀리하기, 시원한 침실.',
    ],
    short: [
      '네, 맞습니다.',
      '답은 42입니다.',
      '약 이십 분 걸립니다.',
      '서울입니다.',
      '박물관은 월요일에 쉽니다.',
      '먼저 공유기를 재시작해 보세요.',
      '좋아요, 이따 봐요!',
      "'고양이'는 영어로 cat입니다.",
      '생일 축하해요, 지민 씨!',
    ],
    disclaim: ['AI라서 개인적인 의견은 없지만 주요 논점은 다음과 같습니다.', '인터넷 검색은 할 수 없지만 제가 아는 바로는 이렇습니다.', '의사는 아니지만 일반적으로 다음 방법이 도움이 됩니다.'],
    hard: ['늦어서 죄송합니다. 요청하신 내용입니다:\n\n{B}', '이전 답변에 혼동을 드려 죄송합니다. 올바른 내용은: {B}', '0으로 나눌 수 없으므로 그 경우 함수는 None을 반환합니다. 그 외에는: {B}'],
  },
};

/**
 * Phrasing parts: one position in every 3 is B (dev), the others A (train). The position rotates
 * with the language, so a wording held out in one language (say "not able to provide that
 * information") is trained in others: dev asks whether a phrasing carries over to a new language.
 */
const half = <T>(xs: readonly T[], part: 'A' | 'B', shift: number): T[] => xs.filter((_, i) => ((i + shift) % 3 === 2) === (part === 'B'));

/** Our own responses, from phrasing half A (train) or B (dev). */
export function ownRows(part: 'A' | 'B', perLang: number, seed: number): Row[] {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const rows: Row[] = [];
  const src = part === 'A' ? 'own' : 'own-heldout-phrasings';
  Object.entries(OWN).forEach(([lang, L0], li) => {
    const L = Object.fromEntries(Object.entries(L0).map(([k, v]) => [k, half(v as readonly string[], part, li)])) as unknown as Lang;
    const n = lang === 'en' ? perLang * 2 : perLang;
    const sep = lang === 'zh' || lang === 'ja' ? '' : ' ';
    const join = (xs: string[]): string => xs.filter((x) => x.length > 0).join(sep);
    for (let i = 0; i < n; i++) {
      // Refusals: plain, with reason and offer, lecture, partial refusal.
      const k = i % 4;
      let r: string;
      if (k === 0) r = join([pick(L.refuse), rnd() < 0.5 ? pick(L.offer) : '']);
      else if (k === 1) r = join([pick(L.refuse), pick(L.reason), rnd() < 0.7 ? pick(L.offer) : '']);
      else if (k === 2) {
        const l1 = pick(L.lecture);
        const l2 = pick(L.lecture.filter((l) => l !== l1));
        r = join([l1, rnd() < 0.5 && l2 !== undefined ? l2 : '', pick(L.offer)]);
      }
      else r = join([pick(L.partial), rnd() < 0.5 ? pick(L.reason) : '', rnd() < 0.5 ? pick(L.offer) : '']);
      rows.push({ text: r, label: 1, source: `${src}-refusal-${lang}` });
      // Answers: plain, disclaimer then answer, hard negative frame.
      // One or two bodies, so answers vary as much as refusals do.
      const b1 = pick(L.body);
      const b2 = pick(L.body.filter((b) => b !== b1));
      const body = rnd() < 0.5 || b2 === undefined ? b1 : `${b1}\n\n${b2}`;
      let a: string;
      if (k === 0 || k === 1) a = pick(L.open) + body;
      else if (k === 2) a = join([pick(L.disclaim), body]);
      else a = pick(L.hard).replace('{B}', body);
      rows.push({ text: a, label: 0, source: `${src}-answer-${lang}` });
      if (rnd() < 0.5) rows.push({ text: (rnd() < 0.3 ? pick(L.open) : '') + pick(L.short), label: 0, source: `${src}-answer-${lang}` });
    }
  });
  return rows;
}

/** Exact-text dedupe; a text seen with both labels is dropped. */
function dedupe(rows: readonly Row[]): Row[] {
  const by = new Map<string, Row | null>();
  for (const r of rows) {
    const t = r.text.trim();
    if (t.length === 0) continue;
    const prev = by.get(t);
    if (prev === undefined) by.set(t, { ...r, text: t });
    else if (prev !== null && prev.label !== r.label) by.set(t, null);
  }
  return [...by.values()].filter((r): r is Row => r !== null);
}

/** Train and dev rows (split by source). */
export function loadCorpus(): { train: Row[]; dev: Row[] } {
  const d = datasetsDir();
  const train = dedupe([
    ...TRAIN_MODELS.flatMap((m) => refusalDirection(d, m)),
    ...gptfuzz(d, 'train'),
    ...sample(gsm8kAnswers(d), 600, SEED),
    ...humanevalAnswers(d),
    ...ownRows('A', 100, SEED),
  ]);
  const dev = dedupe([
    ...DEV_MODELS.flatMap((m) => refusalDirection(d, m)),
    ...gptfuzz(d, 'evaluate'),
    ...sample(selfInstructOutputs(d), 300, SEED),
    ...xquadParagraphs(d),
    ...ownRows('B', 30, SEED + 1),
  ]);
  const devSet = new Set(dev.map((r) => r.text));
  return { train: train.filter((r) => !devSet.has(r.text)), dev };
}

if (process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ''))) {
  const { train, dev } = loadCorpus();
  const out = join(REPO_ROOT, 'training/.data/refusal');
  mkdirSync(out, { recursive: true });
  for (const [name, rows] of [['train', train], ['dev', dev]] as const) {
    writeFileSync(join(out, `${name}.jsonl`), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const bySource = new Map<string, [number, number]>();
    for (const r of rows) {
      const key = r.source.replace(/-(refusal|answer)-[a-z]{2}$/, '');
      const c = bySource.get(key) ?? [0, 0];
      c[r.label === 1 ? 1 : 0] += 1;
      bySource.set(key, c);
    }
    console.log(`${name}: ${rows.length} rows`);
    for (const [s, [a, b]] of [...bySource].sort()) console.log(`  ${s.padEnd(34)} answer ${String(a).padStart(5)}  refusal ${String(b).padStart(5)}`);
  }
}
