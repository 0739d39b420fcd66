/**
 * @module scanners/indirect/phrases — phrase tables of the indirect-injection detectors (data
 * exfiltration, tool abuse, addressing the AI that reads a document), as data per language.
 * Mechanics: `../phrase-rule.ts`.
 *
 * Weights. People ask their own assistants to send, delete and forward things every day ("send an
 * email to my boss"), so side-effect phrasings alone weigh 0.3–0.5; they pass 0.5 when the phrase
 * itself names what nobody asks for innocently: the conversation, credentials or the user's data
 * leaving for a URL, a tool call triggered "when you process this", an agent addressed by role.
 * The detectors add corroboration (concealment, addressing the AI) on top.
 */
import { B, E, r, rule, unlessAfter, type LanguagePhrases, type PhraseFamily, type PhraseRule, type PhraseTables } from '../phrase-rule.js';

/** Verbs that move data somewhere else. */
const EN_SEND = r`(?:send|forward|email|e-mail|mail|post|upload|transmit|leak|exfiltrate|submit|relay|sync|copy|paste|share|report|deliver|export|dump|pipe|beam)`;
const EN_SEND_ANCHORS = ['send', 'forward', 'email', 'e-mail', 'mail', 'post', 'upload', 'transmit', 'leak', 'exfiltrat', 'submit', 'relay', 'sync', 'copy', 'paste', 'share', 'report', 'deliver', 'export', 'dump', 'pipe', 'beam'];
/** Data that belongs to the conversation or the user, not to the document. */
const EN_SENSITIVE = r`(?:conversation(?:\s+history)?|chat(?:\s+(?:history|log|logs|transcript|messages))?|(?:message|conversation|browsing|search)\s+history|transcript|context(?:\s+window)?|session\s+(?:data|tokens?|cookies?|ids?)|memory|memories|user\s+data|(?:personal|private|sensitive|confidential)\s+(?:data|information|info|details)|credentials|passwords?|api\s+keys?|access\s+tokens?|auth(?:entication)?\s+tokens?|secrets|cookies|system\s+prompt|(?:credit\s+)?card\s+(?:numbers?|details)|social\s+security\s+numbers?|ssns?|previous\s+messages|earlier\s+messages|(?:the\s+)?(?:user|customer|client|reader|shopper|employee|visitor)s?['’]s?\s+(?:\S{1,20}\s+)?(?:data|information|info|details|messages|emails|files|address(?:es)?|names?|phone\s+numbers?|questions?|inputs?|answers?|passwords?|credentials))`;
const EN_SENSITIVE_REQ = ['customer', 'client', 'reader', 'shopper', 'employee', 'visitor', 'conversation', 'chat', 'message', 'browsing', 'search', 'transcript', 'context', 'session', 'memory', 'memories', 'user', 'personal', 'private', 'sensitive', 'confidential', 'credentials', 'password', 'api', 'access', 'auth', 'secrets', 'cookies', 'system prompt', 'credit', 'card', 'social', 'ssn', 'previous', 'earlier'];
/** Determiners in front of the data. */
const EN_DET = r`(?:(?:the|this|that|all|any|every|your|our|their|of|whole|entire|full|complete|previous|prior|current|above|these|those|user['’]s|users['’]|customer['’]s)\s+){0,4}`;
/** Where data goes: an address, a URL, a form. */
const EN_DESTINATION = r`(?:to|into|at|via|through|using|on)\s+(?:(?:this|that|the|my|our|a|an|following|below|above)\s+){0,2}(?:https?:\/\/|www\.|\S{1,64}@|(?:url|link|address|endpoint|webhook|server|email|form|api|site|website|domain|inbox|bucket|pastebin|channel|host|ip)\b)`;

/** Side-effect verbs an agent carries out with tools. */
const EN_ACT = r`(?:send|email|forward|delete|remove|erase|wipe|transfer|pay|purchase|buy|order|post|publish|submit|upload|download|execute|run|install|modify|change|overwrite|grant|share|invite|book|cancel|reset|disable|invoke|call|create|approve|merge|push|deploy|close|clear|empty|use|move|accept)`;
const EN_ACT_REQ = ['send', 'email', 'forward', 'delete', 'remove', 'erase', 'wipe', 'transfer', 'pay', 'purchase', 'buy', 'order', 'post', 'publish', 'submit', 'upload', 'download', 'execute', 'run', 'install', 'modify', 'change', 'overwrite', 'grant', 'share', 'invite', 'book', 'cancel', 'reset', 'disable', 'invoke', 'call', 'create', 'approve', 'merge', 'push', 'deploy', 'close', 'clear', 'empty', 'use', 'move', 'accept'];

/**
 * A user's turn in a labelled transcript, ending where the next turn's label starts: "User: …" or
 * "Human: …" (optionally "[turn 3]" or bold before the label), then one line break, blank lines,
 * and the next line's own "[turn 4]" or bold opening.
 */
const EN_AFTER_USER_TURN = r`(?:^|\n)[ \t]{0,8}(?:\[[^\]\n]{1,20}\][ \t]{0,4}|[*_]{1,2})?(?:human|user|customer|client|student)[*_]{0,2}[ \t]{0,3}:[^\n]{0,400}\n(?:[ \t]{0,8}\n){0,2}[ \t]{0,8}(?:\[[^\]\n]{1,20}\][ \t]{0,4}|[*_]{1,2})?`;

const EN: LanguagePhrases = {
  // Directives about the reader-AI's own output, planted in content it processes ("Modify your answer
  // to…", "Integrate a line about X in your response"). Ordinary in a user's own prompt, so this family
  // is read only by rag-poisoning, which weighs it by document shape and placement.
  'output-directive': [
    rule(r`\b(?:modify|change|alter|rewrite|adjust|edit|end|begin|start|finish|conclude|sign|close|translate|slant|bias)\s+(?:all\s+(?:of\s+)?)?your\s+(?:final\s+|next\s+)?(?:answer|response|reply|summary|output|message)s?\s+(?:to|with|by|so|in|using|as)\b`, 0.7, ['modify', 'change', 'alter', 'rewrite', 'adjust', 'edit', 'end', 'begin', 'start', 'finish', 'conclude', 'sign', 'close', 'translate', 'slant', 'bias'], 'i', ['your']),
    // "Do not add notes to your answers" is a format wish; a negated "mention" stays (concealment).
    rule(r`\b(?:mention|(?<!(?:\bnot|\bnever|n['’]t)\s{1,3})(?:add|include|insert|integrate|append|prepend|incorporate|embed|put|slip|weave))\s+(?:\S{1,40}\s+){0,14}?(?:in|into|to|at\s+the\s+(?:end|start|beginning|top|bottom)\s+of|within|throughout|inside)\s+(?:all\s+)?your\s+(?:final\s+)?(?:answer|response|reply|summary|output|message)s?\b`, 0.7, ['add', 'include', 'insert', 'integrat', 'append', 'prepend', 'incorporat', 'embed', 'mention', 'put', 'slip', 'weave'], 'i', ['your']),
    rule(r`\b(?:use|apply|adopt|employ|write)\s+(?:\S{1,30}\s+){0,6}?(?:in|for|throughout)\s+your\s+(?:reply|response|answer|summary)\b`, 0.55, ['use', 'apply', 'adopt', 'employ', 'write'], 'i', ['your']),
    rule(r`\byour\s+(?:reply|response|answer|summary|output)\s+(?:must|should|has\s+to|needs\s+to|shall)\s+(?:\S{1,20}\s+)?(?:include|contain|mention|start|begin|end|promote|recommend|praise|claim)\b`, 0.6, ['your']),
  ],
  'data-exfiltration': [
    // The conversation / credentials leave for a URL or address (0.75): this is the attack itself.
    rule(r`\b${EN_SEND}\s+${EN_DET}${EN_SENSITIVE}\s+(?:\S{1,20}\s+){0,3}?${EN_DESTINATION}`, 0.75, EN_SEND_ANCHORS, 'i', EN_SENSITIVE_REQ),
    // Collect the sensitive data, then send it to an address later in the sentence (0.75).
    rule(r`\b(?:include|collect|gather|copy|compile|send|forward|email|post|upload|attach|extract|grab|dump)\s+(?:\S{1,20}\s+){0,4}?${EN_SENSITIVE}[^\n]{0,120}?\b(?:to|into|addressed\s+to|at)\s+(?:\S{1,20}\s+)?(?:[^\s@]{1,64}@[^\s@]{1,64}\.[a-z]{2,24}|https?:\/\/)`, 0.75, ['include', 'collect', 'gather', 'copy', 'compil', 'send', 'forward', 'email', 'post', 'upload', 'attach', 'extract', 'grab', 'dump'], 'i', EN_SENSITIVE_REQ),
    // Mail or files sent to an outside address (0.5: assistants forward mail on request too).
    rule(r`\b${EN_SEND}\s+(?:\S{1,20}\s+){0,5}?(?:thread|emails|messages|inbox|files|documents|contacts|attachments|notes|records|orders|transactions|invoices)\b[^\n]{0,80}?\bto\s+(?:[^\s@]{1,64}@[^\s@]{1,64}\.[a-z]{2,24}|https?:\/\/)`, 0.5, EN_SEND_ANCHORS, 'i', ['thread', 'emails', 'messages', 'inbox', 'files', 'documents', 'contacts', 'attachments', 'notes', 'records', 'orders', 'transactions', 'invoices']),
    // Files and mail leaving in bulk ("forward the whole thread / every email to …"): assistants do
    // this on request too, so weaker (0.5).
    rule(r`\b${EN_SEND}\s+(?:(?:all|every|each|the\s+whole|the\s+entire|the\s+complete|whole|entire|their|his|her)\s+){1,3}(?:\S{1,20}\s+)?(?:thread|emails|messages|inbox|files|documents|contacts|address\s+book|attachments|notes|records)\s+(?:\S{1,20}\s+){0,3}?${EN_DESTINATION}`, 0.5, EN_SEND_ANCHORS, 'i', ['all', 'every', 'each', 'the whole', 'the entire', 'the complete', 'whole', 'entire', 'their', 'his', 'her']),
    // Data smuggled inside a URL, image or request (0.85).
    rule(r`\b(?:include|embed|append|put|insert|add|attach|encode|hide|place|concatenate|inject|stuff)\s+${EN_DET}${EN_SENSITIVE}\s+(?:\S{1,20}\s+){0,4}?(?:in|into|to|inside|within|as|onto)\s+(?:(?:the|your|this|that|a|an|each|every|following|next)\s+)?(?:\S{1,20}\s+)?(?:url|link|image|img|query|request|parameter|param|header|path|webhook|markdown\s+image|image\s+url|querystring|query\s+string)s?\b`, 0.85, ['include', 'embed', 'append', 'put', 'insert', 'add', 'attach', 'encode', 'hide', 'place', 'concatenat', 'inject', 'stuff'], 'i', EN_SENSITIVE_REQ),
    // … or inside the reply, where a summariser may have a reason to (0.5).
    rule(r`\b(?:include|embed|append|put|insert|add|attach|leak|reveal)\s+${EN_DET}(?:credentials|passwords?|api\s+keys?|access\s+tokens?|auth(?:entication)?\s+tokens?|secrets|session\s+(?:tokens?|cookies?)|cookies|system\s+prompt|(?:credit\s+)?card\s+numbers?|(?:the\s+)?user['’]s\s+(?:\S{1,20}\s+)?(?:data|information|emails|address|password|key|token))\s+(?:\S{1,20}\s+){0,3}?(?:in|into|to|within)\s+(?:(?:your|the|each|every)\s+)?(?:reply|response|answer|output|summary|next\s+message)\b`, 0.55, ['include', 'embed', 'append', 'put', 'insert', 'add', 'attach', 'leak', 'reveal'], 'i', ['credentials', 'password', 'api', 'access', 'auth', 'secrets', 'session', 'cookies', 'system prompt', 'credit', 'card', 'user']),
    // "Replace {DATA} with the conversation so far" — template-filling for exfiltration URLs.
    rule(r`\breplace\s+(?:\S{1,20}\s+){0,3}?(?:\[[^\]\n]{1,30}\]|\{\{?[^}\n]{1,30}\}?\}|<[^>\n]{1,30}>|\$[A-Za-z_]{1,30}|["'“‘][^"'”’\n]{1,30}["'”’]|x{2,5}|placeholder)\s+with\s+(?:(?:the|a|your|their|user['’]s|all|of|this|an?|url-?encoded|base64|encoded)\s+){0,3}(?:\S{1,20}\s+)?(?:conversation|chat|history|summary|messages|context|data|information|info|details|credentials|password|api\s+key|email\s+address|secrets?|memory|answer|user['’]s)`, 0.55, ['replace'], 'i', ['conversation', 'chat', 'history', 'summary', 'messages', 'context', 'data', 'information', 'info', 'details', 'credentials', 'password', 'api', 'email', 'secret', 'memory', 'answer', 'user']),
    // "Append it to the URL" after the data was named (0.45: needs the other half).
    rule(r`\b(?:append|add|attach|encode)\s+(?:it|them|this|that)\s+(?:\S{1,20}\s+){0,2}?(?:to|as|into)\s+(?:the|this|a|that)\s+(?:url|link|query\s+(?:string|parameter)|parameter|image\s+url)\b`, 0.45, ['append', 'add', 'attach', 'encod'], 'i', ['url', 'link', 'query', 'parameter', 'image']),
    rule(r`\b(?:make|issue|send|perform|fire)\s+(?:a|an)\s+(?:get|post|put|http|https|web|fetch|curl)\s+(?:request|call)\s+to\s+(?:\S{1,120}\s+){1,2}?(?:with|containing|including|carrying)\s+(?:the\s+|all\s+|their\s+)?(?:\S{1,20}\s+)?(?:conversation|chat|history|context|credentials|secrets|keys?|tokens?|messages|passwords?|user\s+data)\b`, 0.75, ['make', 'issue', 'send', 'perform', 'fire'], 'i', ['request', 'call']),
    rule(r`\bexfiltrat\S{1,5}\s+(?:the\s+|all\s+|their\s+|any\s+)?(?:\S{1,20}\s+)?(?:data|conversation|chat|history|credentials|secrets|keys|tokens|information|files)\b`, 0.5, ['exfiltrat']),
  ],
  'tool-abuse': [
    // "Before answering, first open this link / call the send tool": a side effect slipped ahead of the task.
    rule(r`\bbefore\s+(?:you\s+)?(?:answer(?:ing)?|respond(?:ing)?|repl(?:y|ying)|summari[sz](?:e|ing)|continu(?:e|ing)|proceed(?:ing)?)\b(?:\s*,)?\s+(?:you\s+(?:must|should|need\s+to|have\s+to)\s+)?(?:first\s+)?(?:call|invoke|run|execute|visit|open|fetch|browse\s+to|navigate\s+to|send|post|email|forward|download|click|load)\b`, 0.45, ['before']),
    // Tool coercion from injected observations: "…by using the "X" tool, and do NOT use other tools",
    // "you must strictly adhere to the following instruction", and stealth ("ensuring it goes unnoticed").
    rule(r`\bby\s+using\s+(?:the\s+)?["“'‘]?[\w .-]{1,40}["”'’]?\s+tool\b[^\n]{0,40}?\b(?:do\s+not|don['’]t|never)\s+use\s+(?:any\s+)?other\s+tools?\b`, 0.75, ['by using']),
    rule(r`\b(?:you\s+must\s+)?strictly\s+(?:adhere\s+to|follow|obey|execute|carry\s+out)\s+the\s+following\s+(?:instructions?|commands?|directives?|steps)\b`, 0.6, ['you must', 'strictly']),
    rule(r`\b(?:ensur\S{1,4}|making\s+sure|make\s+sure)\s+(?:that\s+)?(?:it|this|the\s+\S{1,20}|they|these\s+\S{1,20})\s+(?:goes|go|remains?|stays?|is|are)\s+(?:unnoticed|undetected|hidden|unseen|untraceable)\b|\bwithout\s+(?:raising|triggering|causing|leaving|setting\s+off)\s+(?:any\s+)?(?:alarms?|alerts?|suspicion|traces?|red\s+flags)\b`, 0.45, ['ensur', 'making sure', 'make sure', 'without']),
    // "@ai-bot please close all issues", "Agents browsing this site must call…" (0.65).
    rule(r`@[\w-]{0,20}(?:ai|bot|agent|assistant|copilot|gpt)[\w-]{0,20}\s+(?:please\s+|now\s+){0,2}${EN_ACT}\b`, 0.6, ['@'], 'i', EN_ACT_REQ),
    rule(r`\b(?:ai\s+)?(?:agents?|assistants?|bots?|models?|llms?)\s+(?:browsing|reading|processing|visiting|handling|crawling)\s+this\s+\S{1,20}\s+(?:must|should|shall|need\s+to|are\s+required\s+to|have\s+to)\s+(?:(?:first|also|immediately)\s+)?${EN_ACT}\b`, 0.65, ['ai', 'agent', 'assistant', 'bot', 'model', 'llm'], 'i', ['must', 'should', 'shall', 'need', 'required', 'have to']),
    rule(r`\b(?:disable|turn\s+off|remove|bypass|delete)\s+(?:the\s+)?(?:branch\s+protection|2fa|two-factor\s+authentication|mfa|audit\s+log(?:ging|s)?|security\s+alerts?|antivirus|firewall|logging)\b`, 0.45, ['disabl', 'turn off', 'remov', 'bypass', 'delet']),
    rule(r`\b(?:push|force-push)\s+(?:\S{1,20}\s+){0,3}?(?:--force|-f)\b`, 0.3, ['push', 'force-push']),
    // An agent addressed by role and told to act (0.65). Not the speaker label of a transcript: an
    // "Assistant:" line right after a "User:" / "Human:" line is the assistant's turn ("[turn 2]
    // assistant: use flexbox"), whose advice is no order to the agent reading it (issue 4).
    unlessAfter(rule(r`\b(?:ai|assistant|agent|bot|copilot|llm|gpt|chatbot|autopilot)(?:\s+(?:assistant|agent|model))?\s*[:,]\s*(?:please\s+|now\s+|immediately\s+|also\s+){0,2}${EN_ACT}\b`, 0.65, ['ai', 'assistant', 'agent', 'bot', 'copilot', 'llm', 'gpt', 'chatbot', 'autopilot'], 'i', EN_ACT_REQ), EN_AFTER_USER_TURN),
    // A trigger planted in content: "when you process this email, call…" (0.7).
    rule(r`\b(?:when|after|once|while|as\s+soon\s+as|whenever)\s+(?:you\s+)?(?:\S{1,20}\s+)?(?:process(?:es|ing)?|read(?:s|ing)?|summari[sz](?:e|es|ing)|pars(?:e|es|ing)|review(?:s|ing)?|load(?:s|ing)?|receiv(?:e|es|ing)|analy[sz](?:e|es|ing)|index(?:es|ing)?|open(?:s|ing)?|see|encounter)\s+(?:this|these|the\s+(?:following|above|attached))\s+(?:\S{1,20}\s+){0,3}?(?:(?:immediately|also|please|then|silently|quietly|first|automatically)\s+){0,2}(?:call|run|execute|send|email|forward|delete|remove|transfer|pay|buy|purchase|use\s+(?:the|your)|invoke|visit|download|install|upload|post|grant|create|submit|open\s+(?:the\s+)?(?:url|link))\b`, 0.7, ['when', 'after', 'once', 'while', 'as soon as', 'whenever'], 'i', ['this', 'these', 'the following', 'the above', 'the attached']),
    // "Use the email tool to send…": how agents are steered; developers also say it (0.45).
    rule(r`\b(?:use|call|invoke|run|execute|trigger|activate)\s+(?:the\s+|your\s+|a\s+|an\s+)?(?:\S{1,30}\s+)?(?:tool|function|plugin|action|extension|integration|connector|skill)s?\s+(?:\S{1,30}\s+)?(?:to|and)\s+(?:then\s+)?${EN_ACT}\b`, 0.45, ['use', 'call', 'invok', 'run', 'execut', 'trigger', 'activat'], 'i', ['tool', 'function', 'plugin', 'action', 'extension', 'integration', 'connector', 'skill']),
    // Bulk destruction (0.35: "delete all files older than 30 days" is a normal request): a
    // quantifier ("all", "every", "the entire"…) inside the phrase, so "delete the draft" is not one.
    rule(r`\b(?:delete|remove|erase|wipe|destroy|purge|truncate|overwrite|shred|close|cancel)\s+(?:(?:the|of|their|his|her|its|this|these|those|user['’]s|users['’]|my)\s+){0,3}(?:all|every|each|entire|whole|remaining|any)\s+(?:(?:all|every|each|the|of|their|his|her|its|this|these|those|entire|whole|user['’]s|users['’]|any|remaining|my)\s+){0,3}(?:\S{1,20}\s+)?(?:files|folders|directories|emails|messages|inbox|repositor(?:y|ies)|repos|database|databases|tables|records|backups|data|documents|accounts|contacts|branches|commits|logs|users|projects|calendar|issues|pull\s+requests|events|appointments)\b`, 0.35, ['delet', 'remov', 'eras', 'wipe', 'destroy', 'purg', 'truncat', 'overwrit', 'shred', 'close', 'cancel'], 'i', ['all', 'every', 'each', 'entire', 'whole', 'remaining', 'any']),
    rule(r`\b(?:delete|remove|erase|hide|archive)\s+(?:this|the\s+(?:original|above|current))\s+(?:email|message|note|instruction|comment|document|file)s?\s+(?:\S{1,20}\s+){0,2}?(?:after|once|when)\b`, 0.6, ['delet', 'remov', 'eras', 'hide', 'archiv']),
    // Destructive shell commands (0.3: they appear in real scripts and questions).
    rule(r`\b(?:rm\s+-(?:rf|fr|r|f)\s+(?:--no-preserve-root\s+)?(?:\/|~|\*|\$HOME|\.\.?\/?)(?=\s|$|;|&)|mkfs\.\S{1,10}\s+\/dev\/|dd\s+if=\/dev\/(?:zero|random|urandom)\s+of=\/dev\/)`, 0.3, ['rm', 'mkfs', 'dd']),
    rule(r`\b(?:curl|wget)\s+(?:-{1,2}\S{1,12}\s+){0,4}\S{1,200}\s{0,3}\|\s{0,3}(?:sudo\s+)?(?:ba|z|da)?sh\b`, 0.3, ['curl', 'wget'], 'i', ['sh', 'bash', 'zsh', 'dash', 'sudo']),
    // Money leaving (0.5 / 0.55).
    rule(r`\b(?:transfer|send|wire|pay|move|withdraw)\s+(?:\$|€|£|usd\s?)?\d[\d,.]{0,15}(?:\s?(?:k|m|usd|eur|gbp|dollars|euros|pounds|btc|eth|bitcoin|ether|usdc|usdt))?\s+(?:\S{1,20}\s+){0,4}?to\s+(?:(?:this|the|my|following|new)\s+){0,2}(?:account|wallet|iban|address|0x[0-9a-f]{6}|[a-z]{2}\d{2}[a-z0-9]{4})`, 0.5, ['transfer', 'send', 'wire', 'pay', 'move', 'withdraw']),
    rule(r`\b(?:transfer|send|wire|move|withdraw|drain)\s+(?:all|the\s+(?:entire|full|whole|remaining))\s+(?:\S{1,20}\s+)?(?:funds|money|balance|crypto|bitcoin|tokens|savings|assets)\b`, 0.55, ['transfer', 'send', 'wire', 'move', 'withdraw', 'drain']),
    rule(r`\b(?:buy|purchase|order)\s+(?:\d{1,4}\s+|a\s+|an\s+|some\s+|more\s+)?(?:\S{1,20}\s+){0,2}?(?:gift\s+cards?|crypto|bitcoin|prepaid\s+cards?|vouchers)\b`, 0.45, ['buy', 'purchas', 'order'], 'i', ['gift', 'crypto', 'bitcoin', 'prepaid', 'vouchers']),
    rule(r`(?<=\b(?:using|with|charge|charging|bill|billing|pay\s{1,3}with)\s{1,3}(?:it\s{1,3}to\s{1,3})?(?:the\s{1,3})?)(?:user['’]s|their|his|her|saved|stored)\s+(?:credit\s+card|card|payment\s+(?:method|details|info)|paypal|wallet)\b`, 0.55, ['user\'s', 'user’s', 'their', 'his', 'her', 'saved', 'stored'], 'i', ['card', 'payment', 'paypal', 'wallet']),
    // Permissions widened (0.35–0.45: an admin's everyday task).
    rule(r`\b(?:grant|give|assign|add)\s+(?:\S{1,30}\s+){0,2}?(?:admin|administrator|root|owner|write|full|sudo|superuser|elevated)\s+(?:access|permissions?|privileges|rights|role)\s+(?:to|for)\b`, 0.35, ['grant', 'give', 'assign', 'add'], 'i', ['admin', 'administrator', 'root', 'owner', 'write', 'full', 'sudo', 'superuser', 'elevated']),
    rule(r`\b(?:change|set|make|switch)\s+(?:\S{1,20}\s+){0,2}?(?:permissions?|visibility|sharing(?:\s+settings?)?|access)\s+(?:\S{1,20}\s+){0,3}?(?:to\s+)?(?:public|777|anyone\s+with\s+the\s+link|everyone|world-readable)\b`, 0.4, ['change', 'set', 'make', 'switch'], 'i', ['permission', 'visibility', 'sharing', 'access']),
    rule(r`\badd\s+(?:this|the\s+following|my)\s+(?:ssh\s+key|public\s+key|deploy\s+key)\s+to\b`, 0.45, ['add'], 'i', ['ssh', 'public', 'deploy']),
    // Forms filled with the user's data, mail sent to everyone (worm behaviour).
    rule(r`\b(?:submit|fill\s+(?:in|out)|complete)\s+(?:the|this|that|a)\s+(?:\S{1,20}\s+)?form\s+(?:\S{1,20}\s+){0,2}?(?:with|using)\s+(?:the\s+)?(?:user['’]s|their|his|her|saved|stored)\s+(?:\S{1,20}\s+)?(?:data|details|information|info|credentials|password|card|address|email|name)`, 0.65, ['submit', 'fill', 'complet'], 'i', ['form']),
    rule(r`\b(?:send|email|forward|reply)\s+(?:(?:this|it|an?|the\s+same)\s+)?(?:\S{1,20}\s+)?(?:(?:email|message|dm|text|sms|note)s?\s+)?to\s+(?:all|every|each|everyone|everybody)\s+(?:\S{1,20}\s+)?(?:in|on|of|from)\s+(?:the|my|their|his|her|your)\s+(?:contacts?|contact\s+list|address\s+book|inbox|mailing\s+list|team|company|organi[sz]ation)`, 0.55, ['send', 'email', 'forward', 'reply'], 'i', ['all', 'every', 'each', 'everyone', 'everybody']),
    rule(r`\b(?:open|visit|navigate\s+to|go\s+to|browse\s+to)\s+(?:\S{1,200}\s+){1,3}?and\s+(?:then\s+)?(?:submit|fill\s+(?:in|out)|click|log\s+in|sign\s+in|enter|paste|upload|confirm|approve|authori[sz]e|accept)\b`, 0.3, ['open', 'visit', 'navigate', 'go to', 'browse'], 'i', ['submit', 'fill', 'click', 'log', 'sign', 'enter', 'paste', 'upload', 'confirm', 'approve', 'authori', 'accept']),
    rule(r`\b(?:execute|run)\s+(?:this|the\s+following|these|the\s+below)\s+(?:(?:shell|bash|terminal|powershell|system|python|sql)\s+)?(?:commands?|scripts?|code|payload)\s+(?:\S{1,20}\s+){0,3}?(?:without|with\s+no)\s+(?:asking|confirmation|confirming|checking|telling|approval)\b`, 0.65, ['execut', 'run'], 'i', ['without', 'with no']),
  ],
  'ai-address': [
    // "The user wants you to…", "the user has authorised the assistant to…": a document speaking for the user.
    rule(r`\bthe\s+(?:user|customer|account\s+owner|recipient)\s+(?:has\s+)?(?:already\s+|also\s+|actually\s+|really\s+)?(?:authori[sz]ed|approved|consented\s+to|permitted|allowed|instructed|asked|requested|wants|would\s+like|expects)\s+(?:you|the\s+(?:assistant|ai|agent|model|bot))\s+to\b`, 0.5, ['the user', 'the customer', 'the account', 'the recipient']),
    // "For AI coding agents:", "Hidden note for the document assistant", "Dear assistant, …".
    rule(r`\b(?:hidden\s+|secret\s+|private\s+)?(?:note|message|instructions?|memo)\s+(?:for|to)\s+(?:the\s+|any\s+|all\s+)?(?:ai\s+)?(?:coding|document|email|browsing|research|shopping|writing|summari[sz]ing|support)\s+(?:agents?|assistants?|bots?)\b|\b(?:ai|llm)\s+(?:coding\s+)?(?:agents?|assistants?)\s{0,3}:`, 0.6, ['hidden', 'secret', 'private', 'note', 'message', 'instruction', 'memo', 'ai', 'llm']),
    // "Note to AI assistants reading this:" — text planted for the model, not the human reader.
    // It must address the AI as reader ("…reading this", ":"), so "a note for AI researchers" is not it.
    rule(r`\b(?:note|message|instructions?|attention|notice|memo|reminder|important)\s+(?:to|for)\s+(?:any\s+|all\s+|the\s+|every\s+)?(?:\S{1,20}\s+){0,2}?(?:ai|a\.i\.|llm|language\s+model|assistant|chatbot|bot|agent|gpt|chatgpt|claude|gemini|copilot|summari[sz]er)s?(?:\s+(?:assistants?|agents?|models?|systems?|tools?|bots?|summari[sz]ers?))?(?:\s+(?:reading|processing|handling|summari[sz]ing|parsing|reviewing|screening|that\s+reads?|who\s+reads?|which\s+reads?|here)|\s{0,3}[:\-—–!])`, 0.55, ['note', 'message', 'instruction', 'attention', 'notice', 'memo', 'reminder', 'important'], 'i', ['ai', 'a.i', 'llm', 'language', 'assistant', 'chatbot', 'bot', 'agent', 'gpt', 'chatgpt', 'claude', 'gemini', 'copilot']),
    rule(r`\bif\s+you\s+are\s+(?:an?\s+)?(?:ai|a\.i\.|llm|large\s+language\s+model|language\s+model|ai\s+(?:assistant|agent|model)|chatbot|gpt|automated\s+(?:system|assistant|agent|screener|reader|tool)|bot|assistant|agent)\b(?:\s+(?:reading|processing|summari[sz]ing|parsing|reviewing|screening|evaluating))?`, 0.6, ['if you'], 'i', ['ai', 'a.i', 'llm', 'large', 'language', 'chatbot', 'gpt', 'automated', 'bot', 'assistant', 'agent']),
    rule(r`\b(?:ai|llm|assistant|chatbot|language\s+model|model|gpt|agent|bot|crawler|scraper)s?(?:\s+(?:assistants?|agents?|systems?|models?|tools?))?\s+(?:that\s+(?:is|are)\s+)?(?:reading|processing|handling|summari[sz]ing|parsing|reviewing|screening|evaluating|crawling|indexing|analy[sz]ing|browsing)\s+(?:this|these)\s+[^\s.,:;!?]{2,24}`, 0.6, ['ai', 'llm', 'assistant', 'chatbot', 'language model', 'model', 'gpt', 'agent', 'bot', 'crawler', 'scraper'], 'i', ['reading', 'processing', 'handling', 'summari', 'parsing', 'reviewing', 'screening', 'evaluating', 'crawling', 'indexing', 'analy', 'browsing']),
    rule(r`(?<=\bto\s{1,3}the\s{1,3})(?:ai|llm|language\s+model|assistant|chatbot|agent|model)\s+(?:that\s+is\s+|who\s+is\s+)?(?:reading|processing|summari[sz]ing|parsing|reviewing)\b`, 0.6, ['ai', 'llm', 'language model', 'assistant', 'chatbot', 'agent', 'model'], 'i', ['reading', 'processing', 'summari', 'parsing', 'reviewing']),
    rule(r`\[\s{0,2}(?:(?:ai|assistant|llm|agent|model|system)\s+(?:instructions?|note|directive|only)|instructions?\s+for\s+(?:the\s+)?(?:ai|assistant|llm|agent|model))\s{0,2}\]`, 0.6, ['[']),
    rule(r`<\s{0,2}\/?(?:ai[-_]instructions?|assistant[-_]instructions?|llm[-_]instructions?|instructions?[-_]for[-_](?:ai|llm|assistant)|hidden[-_]instructions?|ai[-_]note)\s{0,2}>`, 0.65, ['<']),
    rule(r`\b(?:hidden|secret|invisible|embedded)\s+(?:instructions?|prompt|message|directive)s?\s+(?:for|to)\s+(?:the\s+|any\s+)?(?:ai|assistant|model|llm|agent|chatbot|bot)s?\b`, 0.6, ['hidden', 'secret', 'invisible', 'embedded']),
    rule(r`\b(?:dear|hey|hi|hello|attention)\s+(?:ai|a\.i\.|llm|assistant|chatgpt|claude|gemini|copilot|gpt|bard|language\s+model|ai\s+(?:assistant|agent|model))\s{0,3}[,!:]`, 0.45, ['dear', 'hey', 'hi', 'hello', 'attention'], 'i', ['ai', 'a.i', 'llm', 'assistant', 'chatgpt', 'claude', 'gemini', 'copilot', 'gpt', 'bard', 'language']),
  ],
};

const DE: LanguagePhrases = {
  'data-exfiltration': [
    rule(r`${B}(?:sende|sendet|senden\s+sie|schicke|schick|schickt|leite|leiten\s+sie|übermittle|übertrage|lade)\s+(?:\S{1,20}\s+){0,3}?(?:chatverlauf|verlauf|unterhaltung|konversation|gespräch|gesprächsverlauf|zugangsdaten|passwörter|passwort|api-schlüssel|nutzerdaten|benutzerdaten|kundendaten)\S{0,2}\s+(?:\S{1,20}\s+){0,3}?(?:an|zu|auf|nach)\s`, 0.7, ['send', 'schick', 'leite', 'übermittle', 'übertrage', 'lade']),
  ],
  'tool-abuse': [
    rule(r`${B}(?:lösche|löschen\s+sie|entferne)\s+(?:alle|sämtliche)\s+(?:\S{1,20}\s+)?(?:dateien|e-mails|mails|nachrichten|ordner|daten|dokumente|kontakte)${E}`, 0.35, ['lösch', 'entferne']),
    rule(r`${B}(?:überweise|überweisen\s+sie)\s+(?:\S{1,20}\s+){0,3}?(?:auf\s+das\s+konto|an\s+(?:die\s+)?iban|an\s+folgendes\s+konto)`, 0.5, ['überweise']),
  ],
  'ai-address': [
    rule(r`${B}(?:hinweis|nachricht|anweisung\S{0,2}|notiz)\s+(?:an|für)\s+(?:den\s+|die\s+|das\s+|dem\s+|alle\s+|jede\S{0,2}\s+)?(?:ki|ki-\S{1,14}|künstliche\s+intelligenz|sprachmodell\S{0,2}|chatbot\S{0,2}|llm\S{0,2})${E}`, 0.6, ['hinweis', 'nachricht', 'anweisung', 'notiz']),
    rule(r`${B}(?:wenn|falls)\s+du\s+(?:eine\s+)?(?:ki|künstliche\s+intelligenz|ki-assistent|sprachmodell|chatbot|llm)\s+bist${E}`, 0.6, ['wenn', 'falls']),
    rule(r`${B}(?:hinweis|nachricht|anweisung(?:en)?)\s+(?:an|für)\s+(?:die\s+|alle\s+|jede\s+)?(?:ki|ki-assistenten|sprachmodelle?|llms?|chatbots?)\s{0,3}[:\-—]`, 0.55, ['hinweis', 'nachricht', 'anweisung']),
  ],
};

const FR: LanguagePhrases = {
  'data-exfiltration': [
    rule(r`${B}(?:envoie|envoyez|transfère|transférez|transmets|transmettez|fais\s+suivre|faites\s+suivre|publie|téléverse)\s+(?:\S{1,20}\s+){0,3}?(?:conversation|historique|discussion|échanges|identifiants|mots\s+de\s+passe|mot\s+de\s+passe|clés?\s+api|données\s+(?:de\s+l['’]utilisateur|personnelles))\s+(?:\S{1,20}\s+){0,3}?(?:à|au|vers|sur)\s`, 0.7, ['envo', 'transf', 'transmet', 'fais', 'faites', 'publie', 'téléverse']),
  ],
  'tool-abuse': [
    rule(r`${B}(?:supprime|supprimez|efface|effacez)\s+(?:tous|toutes)\s+les\s+(?:\S{1,20}\s+)?(?:fichiers|e-mails|mails|messages|dossiers|données|documents|contacts)${E}`, 0.35, ['supprim', 'effac']),
  ],
  'ai-address': [
    rule(r`${B}(?:note|message|instructions?|consignes?)\s+(?:pour|à|au|aux)\s+(?:l['’]\s{0,1}|la\s+|le\s+|les\s+)?(?:ia|intelligence\s+artificielle|assistants?\s+(?:ia|virtuel\S{0,2})|agents?\s+ia|chatbots?)${E}`, 0.6, ['note', 'message', 'instruction', 'consigne']),
    rule(r`${B}si\s+(?:tu\s+es|vous\s+êtes)\s+(?:une?\s+)?(?:ia|intelligence\s+artificielle|assistant|modèle\s+de\s+langage|chatbot|llm)${E}`, 0.6, ['si']),
    rule(r`${B}(?:note|message|instructions?)\s+(?:à|pour)\s+(?:l['’]|les\s+|toute\s+|tout\s+)?(?:ia|assistants?|modèles?\s+de\s+langage|llms?|chatbots?)\s{0,3}[:\-—]`, 0.55, ['note', 'message', 'instruction']),
  ],
};

const ES: LanguagePhrases = {
  'data-exfiltration': [
    rule(r`${B}(?:envía|envia|envíe|reenvía|reenvia|reenvíe|manda|mande|transmite|sube)\s+(?:\S{1,20}\s+){0,3}?(?:conversación|conversacion|historial|chat|credenciales|contraseñas?|claves?\s+api|datos\s+(?:del\s+usuario|personales))\s+(?:\S{1,20}\s+){0,3}?(?:a|al|hacia)\s`, 0.7, ['envi', 'enví', 'reenvi', 'reenví', 'manda', 'mande', 'transmite', 'sube']),
  ],
  'tool-abuse': [
    rule(r`${B}(?:elimina|elimine|borra|borre)\s+(?:todos|todas)\s+(?:los|las)\s+(?:\S{1,20}\s+)?(?:archivos|correos|mensajes|carpetas|datos|documentos|contactos)${E}`, 0.35, ['elimin', 'borr']),
  ],
  'ai-address': [
    rule(r`${B}(?:nota|mensaje|instrucci[oó]n|instrucciones|aviso)\s+(?:para|al?)\s+(?:el\s+|la\s+|los\s+)?(?:asistentes?\s+de\s+ia|ia|inteligencia\s+artificial|agentes?\s+de\s+ia|chatbots?)${E}`, 0.6, ['nota', 'mensaje', 'instrucci', 'aviso']),
    rule(r`${B}si\s+(?:eres|es\s+usted)\s+(?:una?\s+)?(?:ia|inteligencia\s+artificial|asistente|modelo\s+de\s+lenguaje|chatbot|llm)${E}`, 0.6, ['si']),
    rule(r`${B}(?:nota|mensaje|instrucciones)\s+para\s+(?:la\s+|el\s+|los\s+|las\s+|cualquier\s+)?(?:ia|asistentes?|modelos?\s+de\s+lenguaje|llms?|chatbots?)\s{0,3}[:\-—]`, 0.55, ['nota', 'mensaje', 'instrucciones']),
  ],
};

const IT: LanguagePhrases = {
  'data-exfiltration': [
    rule(r`${B}(?:invia|inviate|inoltra|inoltrate|manda|trasmetti|carica)\s+(?:\S{1,20}\s+){0,3}?(?:conversazione|cronologia|chat|credenziali|password|chiavi\s+api|dati\s+(?:dell['’]utente|personali))\s+(?:\S{1,20}\s+){0,3}?(?:a|al|all['’]|verso|su)\s`, 0.7, ['invia', 'inoltra', 'manda', 'trasmetti', 'carica']),
  ],
  'tool-abuse': [
    rule(r`${B}(?:elimina|cancella)\s+tutt[ei]\s+(?:i|le|gli)\s+(?:\S{1,20}\s+)?(?:file|email|messaggi|cartelle|dati|documenti|contatti)${E}`, 0.35, ['elimina', 'cancella']),
  ],
  'ai-address': [
    rule(r`${B}(?:nota|messaggio|istruzion[ei]|avviso)\s+(?:per|all['’]|al|agli|ai)\s*(?:l['’]|il\s+|gli\s+)?(?:assistente\s+(?:ia|ai|virtuale)|ia|intelligenza\s+artificiale|agente\s+(?:ia|ai)|chatbot)${E}`, 0.6, ['nota', 'messaggio', 'istruzion', 'avviso']),
    rule(r`${B}se\s+sei\s+(?:un['’]|una\s+|un\s+)?(?:ia|intelligenza\s+artificiale|assistente|modello\s+linguistico|chatbot|llm)${E}`, 0.6, ['se sei']),
  ],
};

const PT: LanguagePhrases = {
  'data-exfiltration': [
    rule(r`${B}(?:envie|envia|encaminhe|encaminha|mande|manda|transmita|carregue)\s+(?:\S{1,20}\s+){0,3}?(?:conversa|histórico|historico|chat|credenciais|senhas?|chaves?\s+de\s+api|dados\s+(?:do\s+usuário|do\s+usuario|pessoais))\s+(?:\S{1,20}\s+){0,3}?(?:para|a|ao)\s`, 0.7, ['envi', 'encaminh', 'mand', 'transmita', 'carregue']),
  ],
  'tool-abuse': [
    rule(r`${B}(?:apague|exclua|delete|remova)\s+(?:todos|todas)\s+(?:os|as)\s+(?:\S{1,20}\s+)?(?:arquivos|e-mails|emails|mensagens|pastas|dados|documentos|contatos)${E}`, 0.35, ['apague', 'exclua', 'delete', 'remova']),
  ],
  'ai-address': [
    rule(r`${B}(?:nota|mensagem|instru[çc][ãa]o|instruções|aviso)\s+(?:para|ao|à)\s+(?:o\s+|a\s+)?(?:assistente\s+de\s+ia|ia|inteligência\s+artificial|agente\s+de\s+ia|chatbot)${E}`, 0.6, ['nota', 'mensagem', 'instru', 'aviso']),
    rule(r`${B}se\s+(?:você|voce)\s+(?:é|e|for)\s+(?:uma?\s+)?(?:ia|inteligência\s+artificial|assistente|modelo\s+de\s+linguagem|chatbot|llm)${E}`, 0.6, ['se']),
  ],
};

const NL: LanguagePhrases = {
  'data-exfiltration': [
    rule(r`${B}(?:stuur|verstuur|stuurt|upload)\s+(?:\S{1,20}\s+){0,3}?(?:gesprek|chatgeschiedenis|geschiedenis|inloggegevens|wachtwoorden|wachtwoord|api-sleutels?)\s+(?:\S{1,20}\s+){0,3}?naar\s`, 0.7, ['stuur', 'verstuur', 'upload']),
  ],
  'ai-address': [
    rule(r`${B}(?:notitie|bericht|instructie\S{0,2}|opmerking|noot)?\s{0,3}(?:voor|aan)\s+(?:de\s+)?(?:ai-assistent\S{0,2}|ai-agent\S{0,2}|ai|chatbot|taalmodel)\s+(?:die|dat)\s+(?:dit|deze)`, 0.6, ['notitie', 'bericht', 'instructie', 'opmerking', 'noot', 'voor', 'aan']),
    rule(r`${B}als\s+je\s+een\s+(?:ai|ki|taalmodel|chatbot|llm|assistent)\s+bent${E}`, 0.6, ['als je']),
  ],
};

const RU: LanguagePhrases = {
  'data-exfiltration': [
    rule(r`${B}(?:отправь|отправьте|перешли|перешлите|пошли|передай|передайте|загрузи)\s+(?:\S{1,20}\s+){0,3}?(?:переписку|историю|разговор|диалог|пароли|пароль|учётные\s+данные|учетные\s+данные|ключи|данные\s+пользователя)\s+(?:\S{1,20}\s+){0,3}?(?:на|по|в)\s`, 0.7, ['отправь', 'перешли', 'пошли', 'передай', 'загрузи']),
  ],
  'tool-abuse': [
    rule(r`${B}(?:удали|удалите|сотри|сотрите)\s+все\s+(?:\S{1,20}\s+)?(?:файлы|письма|сообщения|папки|данные|документы|контакты)${E}`, 0.35, ['удали', 'сотри']),
  ],
  'ai-address': [
    rule(r`${B}(?:для|вниманию)\s+(?:ии-помощник\S{0,2}|ии-ассистент\S{0,2}|ии|нейросет\S{1,2}|ассистент\S{0,2}|чат-бот\S{0,2}|языковой\s+модели),?\s{0,3}(?:который|которая|читающ\S{1,4}|обрабатывающ\S{1,4})`, 0.6, ['для', 'вниманию']),
    rule(r`${B}если\s+ты\s+(?:—\s+|-\s+)?(?:ии|искусственный\s+интеллект|нейросеть|языковая\s+модель|чат-бот|ассистент|llm)${E}`, 0.6, ['если']),
  ],
};

const ZH: LanguagePhrases = {
  'data-exfiltration': [
    rule(r`(?:把|将|將)[^\n]{0,8}?(?:对话|對話|聊天记录|聊天記錄|对话历史|對話歷史|会话|會話|历史记录|歷史記錄|密码|密碼|凭据|憑據|API密钥|个人信息|個人資料)[^\n]{0,12}?(?:发送|發送|发到|發到|转发|轉發|上传|上傳|提交)`, 0.7, ['把', '将', '將']),
  ],
  'tool-abuse': [
    rule(r`(?:删除|刪除|清空)(?:所有|全部)(?:的)?(?:文件|檔案|邮件|郵件|消息|訊息|数据|數據|联系人|聯絡人)`, 0.35, ['删除', '刪除', '清空']),
    rule(r`(?:转账|轉賬|转帐|轉帳|汇款|匯款)[^\n]{0,12}?(?:到|至|给|給)(?:这个|這個|以下)?(?:账户|帳戶|钱包|錢包)`, 0.5, ['转账', '轉賬', '转帐', '轉帳', '汇款', '匯款']),
  ],
  'ai-address': [
    rule(r`(?:给|致|對|对)(?:正在)?(?:阅读|閱讀|处理|處理|总结|總結)(?:这|這)(?:封|份|篇)?(?:邮件|郵件|文档|文檔|内容|內容|文件)的(?:AI|人工智能|智能助手|助手|模型)|(?:AI|人工智能|智能助手|AI助手)(?:请注意|請注意)`, 0.6, ['给', '致', '對', '对', 'ai', '人工智能', '智能助手']),
    rule(r`(?:如果你是|若你是|假如你是)(?:一个|一個)?(?:AI|人工智能|语言模型|語言模型|大模型|聊天机器人|聊天機器人|助手|LLM)`, 0.6, ['如果你是', '若你是', '假如你是']),
    rule(r`(?:致|给|給)(?:所有|任何)?(?:AI|人工智能|语言模型|語言模型|大模型|AI助手)(?:的)?(?:说明|說明|提示|指令|消息|訊息)\s{0,3}[:：]`, 0.55, ['致', '给', '給']),
  ],
};

const JA: LanguagePhrases = {
  'data-exfiltration': [
    rule(r`(?:会話|チャット履歴|会話履歴|やり取り|パスワード|認証情報|APIキー|個人情報)(?:の内容|の全文|全体|すべて)?を[^\n]{0,15}?(?:に|へ)[^\n]{0,6}?(?:送信|転送|送って|送れ|アップロード)`, 0.7, ['会話', 'チャット', 'やり取り', 'パスワード', '認証', 'apiキー', '個人情報']),
  ],
  'tool-abuse': [
    rule(r`(?:すべて|全て|全部)の(?:ファイル|メール|メッセージ|データ|連絡先)を(?:削除|消去)`, 0.35, ['すべて', '全て', '全部']),
  ],
  'ai-address': [
    rule(r`(?:この|本)(?:メール|文書|文章|ドキュメント|ページ)を(?:読む|読んでいる|要約する|処理する)(?:AI|人工知能|アシスタント)|(?:AI|人工知能|AIアシスタント)(?:へ|に)の(?:指示|注意|メモ|お知らせ)`, 0.6, ['この', '本', 'ai', '人工知能']),
    rule(r`(?:もし)?(?:あなた|君)が(?:AI|人工知能|言語モデル|チャットボット|アシスタント|LLM)(?:なら|であれば|の場合)`, 0.6, ['もし', 'あなた', '君']),
  ],
};

const KO: LanguagePhrases = {
  'data-exfiltration': [
    rule(r`(?:대화|채팅\s?기록|대화\s?내용|대화\s?기록|비밀번호|개인\s?정보|API\s?키)[^\n]{0,30}?(?:보내|전송|전달|업로드)`, 0.6, ['대화', '채팅', '비밀번호', '개인', 'api']),
  ],
  'ai-address': [
    rule(r`이\s{0,2}(?:문서|메일|이메일|글|페이지)[를을]?\s{0,2}(?:요약하는|읽는|처리하는)\s{0,2}(?:AI|인공지능|어시스턴트)|(?:AI|인공지능|AI\s{0,1}어시스턴트)에게\s{0,2}[:：]`, 0.6, ['이', 'ai', '인공지능']),
    rule(r`(?:당신|너)(?:이|가)\s{0,2}(?:AI|인공지능|언어\s?모델|챗봇|어시스턴트)(?:라면|이라면)`, 0.6, ['당신', '너']),
  ],
};

const AR: LanguagePhrases = {
  'data-exfiltration': [
    rule(r`(?:أرسل|ارسل|أعد\s+توجيه|حوّل|حول)\s+(?:\S{1,20}\s+){0,3}?(?:المحادثة|سجل\s+(?:المحادثة|الدردشة)|الرسائل|كلمات\s+المرور|كلمة\s+المرور|بيانات\s+المستخدم)\s+(?:\S{1,20}\s+){0,3}?(?:إلى|الى)\s`, 0.7, ['أرسل', 'ارسل', 'أعد', 'حوّل', 'حول']),
  ],
  'ai-address': [
    rule(r`(?:تعليمات|ملاحظة|رسالة)\s+(?:إلى|لل)\s*(?:المساعد|الذكاء\s+الاصطناعي)|(?:المساعد\s+الذكي|الذكاء\s+الاصطناعي|المساعد)\s+(?:الذي|التي)\s+(?:يقرأ|تقرأ|يلخص|تلخص|يعالج)`, 0.6, ['تعليمات', 'ملاحظة', 'رسالة', 'المساعد', 'الذكاء']),
    rule(r`إذا\s+كنت\s+(?:ذكاء\s+اصطناعي|ذكاءً\s+اصطناعيًا|نموذج\s+لغوي|مساعد|روبوت\s+محادثة)`, 0.6, ['إذا']),
  ],
};

const HI: LanguagePhrases = {
  'data-exfiltration': [
    rule(r`(?:बातचीत|चैट\s+इतिहास|पासवर्ड|उपयोगकर्ता\s+(?:का|की)\s+(?:डेटा|जानकारी))[^\n]{0,40}?(?:भेजो|भेजें|भेज\s+दो|फॉरवर्ड)`, 0.6, ['बातचीत', 'चैट', 'पासवर्ड', 'उपयोगकर्ता']),
  ],
  'ai-address': [
    rule(r`(?:पढ़ने|पढने|सारांश\s+बनाने|संसाधित\s+करने)\s+वाले\s+(?:AI|एआई)\s+(?:सहायक|असिस्टेंट)|(?:AI|एआई)\s+(?:सहायक|असिस्टेंट)\s+(?:के\s+लिए|को)\s{0,3}[:：]`, 0.6, ['पढ़ने', 'पढने', 'सारांश', 'संसाधित', 'ai', 'एआई']),
    rule(r`(?:यदि|अगर)\s+(?:आप|तुम)\s+(?:एक\s+)?(?:AI|एआई|भाषा\s+मॉडल|चैटबॉट)\s+(?:हैं|हो)`, 0.6, ['यदि', 'अगर']),
  ],
};


function extend(base: LanguagePhrases, more: LanguagePhrases): LanguagePhrases {
  const out: Partial<Record<PhraseFamily, readonly PhraseRule[]>> = { ...base };
  for (const [family, rules] of Object.entries(more) as Array<[PhraseFamily, readonly PhraseRule[]]>) out[family] = [...(base[family] ?? []), ...rules];
  return out;
}

/**
 * An order's position: the start of a sentence or line, or right after "please", "now", "then"…
 * Questions ("how do I disable 2FA?") and reported speech ("I want to delete…") are not orders.
 * The leading `\b` changes no match (every order starts with a verb); a regex that scans a whole
 * text (tests, readers) then runs the look-behind only at word starts, not at every character.
 */
const EN_IMP = r`\b(?<=(?:^|[\n.!?:;>"“'‘(*\]]|\b(?:please|kindly|immediately|now|then|also|next|first|urgently|quickly|promptly|secretly|silently|quietly|must|shall))(?:\s{0,2},)?\s{0,4})`;
/** Determiners and owners in front of a high-risk object. */
const EN_HR_DET = r`(?:(?:all|every|each|the|any|entire|whole|complete|full|of|existing|remaining|our|their|its|his|her|company|company['’]s|system|server|organi[sz]ation['’]s|building['’]s|network['’]s|client['’]s|customer['’]s|patient['’]s|user['’]s|users['’])\s+){0,4}`;
/** Records whose loss or leak is the damage itself. */
const EN_HR_RECORDS = r`(?:backups?|snapshots|recovery\s+points|audit\s+(?:logs?|trails?|records|history)|security\s+logs?|access\s+logs?|system\s+logs?|event\s+logs?|transactions?\s+(?:logs?|records|history|tables?)|(?:production|prod|live|customer|client|user|patient|orders?|main|company|sales|payroll|hr|employee|financial)\s+(?:databases?|db|records|data(?:base)?|tables?)|databases|medical\s+records|patient\s+(?:records|files|charts|data)|financial\s+records|evidence|version\s+history)`;
const EN_HR_RECORDS_REQ = ['backup', 'snapshots', 'recovery', 'audit', 'security', 'access', 'system', 'event', 'transaction', 'production', 'prod', 'live', 'customer', 'client', 'user', 'patient', 'order', 'main', 'company', 'sales', 'payroll', 'hr', 'employee', 'financial', 'databases', 'medical', 'evidence', 'version'];
/** People's data an agent may hold. */
const EN_HR_PEOPLE = r`(?:customer|client|patient|employee|user|member|personnel|payroll|hr|medical|health|financial|billing|student|citizen|voter|subscriber)s?['’]?\s+(?:\S{1,20}\s+){0,2}?(?:databases?|records?|data|files?|lists?|details|information|info|dossiers?|histor(?:y|ies)|profiles?|accounts?|contacts)`;
const EN_HR_PEOPLE_REQ = ['customer', 'client', 'patient', 'employee', 'user', 'member', 'personnel', 'payroll', 'hr', 'medical', 'health', 'financial', 'billing', 'student', 'citizen', 'voter', 'subscriber'];
/** Where nobody sends such data on an ordinary request. */
const EN_OUTSIDE = r`(?:(?:to|into|onto|on|via|at|with)\s+(?:an?\s+|the\s+|this\s+|that\s+)?(?:(?:external|outside|third-party|remote|unknown|unauthori[sz]ed|personal|private|offsite|off-site|public|anonymous|untrusted|foreign|competitor['’]?s?|unverified|overseas|offshore|new|following|below)\s+)(?:\S{1,20}\s+){0,2}?(?:server|address|email|e-mail|account|drive|storage|bucket|site|website|url|link|endpoint|host|ftp|inbox|party|parties|contact|recipient|location|share|folder|repo(?:sitory)?|forum|channel|dropbox|cloud)|(?:to|at|via)\s+(?:\S{1,20}\s+){0,2}?(?:https?:\/\/|www\.|ftp:\/\/|[^\s@]{1,64}@[^\s@]{1,64}\.[a-z]{2,24}))`;
/** What a planted order switches off. */
const EN_DEFENCES = r`(?:security\s+(?:alerts?|systems?|monitoring|cameras?|controls?|measures|protocols?|software|scans?|checks?|features?|logging|updates?|patches|policies)|intrusion\s+(?:detection|prevention)(?:\s+systems?)?|fraud\s+(?:detection|alerts?|checks?|monitoring|controls?)|anti-?virus(?:\s+(?:software|protection|scans?))?|anti-?malware|endpoint\s+(?:protection|detection)|firewalls?|audit\s+(?:logging|logs?|trails?)|access\s+logging|activity\s+(?:logging|monitoring)|monitoring\s+(?:systems?|tools?|software|alerts?)|surveillance(?:\s+(?:cameras?|systems?))?|(?:two|2)-?(?:factor|step)\s+(?:authentication|verification)|2fa|mfa|multi-?factor\s+authentication|alarms?(?:\s+systems?)?|safety\s+(?:systems?|checks?|interlocks?|sensors?|limits?|protocols?|mechanisms?|features?|controls?)|encryption|access\s+controls?|backup\s+(?:jobs?|schedules?|systems?)|malware\s+(?:scanning|protection)|content\s+filters?|spam\s+filters?|(?:emergency|collision|brake|braking)\s+(?:systems?|stops?|assist|avoidance))`;
const EN_DEFENCES_REQ = ['security', 'intrusion', 'fraud', 'antivirus', 'anti-virus', 'anti-malware', 'antimalware', 'endpoint', 'firewall', 'audit', 'access', 'activity', 'monitoring', 'surveillance', 'two', '2', '2fa', 'mfa', 'multi', 'alarm', 'safety', 'encryption', 'backup', 'malware', 'content', 'spam', 'emergency', 'collision', 'brake', 'braking'];

const EN_R3: LanguagePhrases = {
  'output-directive': [
    // "Encode your response in base64", "translate your whole reply into Portuguese", "reverse your answer".
    rule(r`\b(?:encode|encrypt|translate|reverse|invert|scramble|obfuscate|cipher|convert|rewrite|render|format|express|present|deliver|write|provide|give|output|return|display|phrase|spell|compose)\s+(?:(?:all|the\s+whole|the\s+entire|the\s+full|of)\s+)?your\s+(?:entire\s+|whole\s+|full\s+|final\s+|next\s+|complete\s+)?(?:response|reply|answer|output|summary)(?:['’]s?\s+\S{1,20})?s?\s+(?:\S{1,20}\s+){0,3}?(?:in|into|using|with|as|backwards?|to|from)\b(?!\s{1,3}(?:a\s+)?(?:few|one|two|three|four|five|\d{1,3})\s+(?:words?|sentences?|lines?|paragraphs?|bullet))`, 0.65, ['encod', 'encrypt', 'translat', 'revers', 'invert', 'scrambl', 'obfuscat', 'cipher', 'convert', 'rewrit', 'render', 'format', 'express', 'present', 'deliver', 'write', 'provide', 'give', 'output', 'return', 'display', 'phrase', 'spell', 'compos'], 'i', ['your']),
    // "In your response, mention that…", "at the end of your summary, add…".
    rule(r`\b(?:in|within|throughout|at\s+the\s+(?:end|start|beginning|top|bottom)\s+of)\s+your\s+(?:response|answer|output|summary)s?\s{0,2},?\s{0,3}(?:also\s+|be\s+sure\s+to\s+|make\s+sure\s+to\s+)?(?:include|mention|add|insert|state|say|claim|note|promote|recommend|reference|highlight|suggest|warn|cite|assert|allege|spread|advertise)\b(?!\s{1,3}(?:your|the\s+(?:ticket|order|reference|case|invoice|claim|application|account|policy)))`, 0.65, ['in', 'within', 'throughout', 'at the'], 'i', ['your']),
    rule(r`\bin\s+your\s+reply\s{0,2},?\s{0,3}(?:please\s+|also\s+)?(?:include|mention|add|insert|state|say|claim|note|promote|recommend|reference|highlight|suggest|cite)\b`, 0.55, ['in your'], 'i', ['reply']),
    // "Enhance your answer by mentioning…", "augment your reply with…", "shift each letter in your reply".
    rule(r`\b(?:enhance|augment|enrich|supplement|complement|spice\s+up|embellish|pad|extend|expand|season|flavou?r|sprinkle|end|close|finish|sign\s+off|preface|prefix|open|begin|start)\s+your\s+(?:response|reply|answer|output|summary)\s+(?:by|with)\b|\b(?:shift|rotate|swap|scramble|reverse|invert|replace|substitute)\s+(?:the\s+order\s+of\s+)?(?:each|every|all\s+(?:the\s+)?|the\s+)?(?:letters?|characters?|words?|keywords?|main\s+keywords?|vowels?)\s+(?:\S{1,20}\s+){0,2}?(?:in|of)\s+your\s+(?:response|reply|answer|output|message)\b`, 0.65, ['enhanc', 'augment', 'enrich', 'supplement', 'complement', 'spice up', 'embellish', 'pad', 'extend', 'expand', 'season', 'flavo', 'sprinkle', 'end', 'close', 'finish', 'sign off', 'preface', 'prefix', 'open', 'begin', 'start', 'shift', 'rotat', 'swap', 'scrambl', 'revers', 'invert', 'replac', 'substitut'], 'i', ['your']),
    rule(r`\b(?:make\s+sure|ensure|be\s+sure)\s+(?:that\s+)?your\s+(?:response|answer|summary|output|reply)\s+(?:also\s+)?(?:includes|contains|mentions|links\s+to|promotes|recommends|praises|ends\s+with|starts\s+with|begins\s+with|claims|states|says|warns)\b(?!\s{1,3}(?:your|the\s+(?:ticket|order|reference|case|invoice|claim|application|account|policy)))`, 0.65, ['make sure', 'ensur', 'be sure'], 'i', ['your']),
    // "Replace the key words in your reply with emojis", "use a Caesar cipher for your answer".
    rule(r`\b(?:replace|substitute|swap)\s+(?:\S{1,20}\s+){0,4}?(?:in|of)\s+your\s+(?:response|reply|answer|output|summary)\s+(?:with|by)\b|\b(?:use|apply)\s+(?:a\s+|an\s+)?(?:caesar|substitution|rot-?13|base-?\d{2}|morse|pig\s+latin|leet|emoji|hex|binary)\S{0,10}\s+(?:\S{1,20}\s+){0,4}?(?:for|in|on|to)\s+your\s+(?:response|reply|answer|output)`, 0.65, ['replac', 'substitut', 'swap', 'use', 'apply'], 'i', ['your']),
  ],
  'data-exfiltration': [
    // People's records or credentials leaving for an outside place (0.65): the order itself is the leak.
    rule(r`${EN_IMP}(?:export|upload|send|transfer|copy|forward|leak|share|transmit|sync|move|post|exfiltrate|dump|email|e-mail|publish|push|sell|disclose|release|provide|hand\s+over)\s+${EN_HR_DET}(?:\S{1,20}\s+){0,3}?${EN_HR_PEOPLE}\b[^\n]{0,80}?\b${EN_OUTSIDE}`, 0.65, ['export', 'upload', 'send', 'transfer', 'copy', 'forward', 'leak', 'share', 'transmit', 'sync', 'move', 'post', 'exfiltrat', 'dump', 'email', 'e-mail', 'publish', 'push', 'sell', 'disclos', 'releas', 'provid', 'hand over'], 'i', EN_HR_PEOPLE_REQ),
    rule(r`${EN_IMP}(?:export|upload|send|transfer|copy|forward|leak|share|transmit|sync|move|post|exfiltrate|dump|email|e-mail|publish|push|sell|disclose|release)\s+${EN_HR_DET}(?:\S{1,20}\s+){0,3}?(?:credentials|passwords?|api\s+keys?|access\s+(?:tokens?|keys?)|private\s+keys?|ssh\s+keys?|secret\s+keys?|encryption\s+keys?|signing\s+keys?|recovery\s+(?:codes?|phrases?)|seed\s+phrases?|session\s+(?:tokens?|cookies?)|salar(?:y|ies)|social\s+security\s+numbers?|credit\s+card\s+(?:numbers?|details|data)|source\s+code|trade\s+secrets|proprietary\s+\S{1,20}|confidential\s+\S{1,20})\b[^\n]{0,80}?\b${EN_OUTSIDE}`, 0.7, ['export', 'upload', 'send', 'transfer', 'copy', 'forward', 'leak', 'share', 'transmit', 'sync', 'move', 'post', 'exfiltrat', 'dump', 'email', 'e-mail', 'publish', 'push', 'sell', 'disclos', 'releas'], 'i', ['credentials', 'password', 'api', 'access', 'private', 'ssh', 'secret', 'encryption', 'signing', 'recovery', 'seed', 'session', 'salar', 'social', 'credit', 'source', 'trade', 'proprietary', 'confidential']),
  ],
  'tool-abuse': [
    // Destroying what an organisation cannot lose: backups, audit trails, production data (0.5 as an order).
    rule(r`${EN_IMP}(?:delete|wipe|erase|destroy|purge|drop|truncate|shred|corrupt|overwrite|encrypt|remove|tamper\s+with|falsify)\s+${EN_HR_DET}(?:\S{1,20}\s+){0,2}?${EN_HR_RECORDS}\b(?![^\n.]{0,40}\b(?:older\s+than|before\s+\d|from\s+(?:last|before)|except|that\s+(?:are|were)\s+(?:older|duplicates?)|i\s+(?:made|created)|in\s+my\s+(?:downloads|project|test|dev)))`, 0.5, ['delet', 'wipe', 'eras', 'destroy', 'purg', 'drop', 'truncat', 'shred', 'corrupt', 'overwrit', 'encrypt', 'remov', 'tamper', 'falsif'], 'i', EN_HR_RECORDS_REQ),
    // Switching off defences: alerts, 2FA, antivirus, cameras, safety interlocks (0.5 as an order).
    rule(r`${EN_IMP}(?:disable|deactivate|turn\s+off|switch\s+off|shut\s+(?:down|off)|stop|suspend|pause|bypass|circumvent|kill|uninstall|override|silence|mute|cut\s+off)\s+${EN_HR_DET}(?:\S{1,20}\s+){0,2}?${EN_DEFENCES}\b`, 0.5, ['disabl', 'deactivat', 'turn off', 'switch off', 'shut', 'stop', 'suspend', 'paus', 'bypass', 'circumvent', 'kill', 'uninstall', 'overrid', 'silenc', 'mute', 'cut off'], 'i', EN_DEFENCES_REQ),
    // Widening access: privileges escalated, admin handed to an outside or named account, keys and users added (0.5).
    rule(r`${EN_IMP}(?:escalate|elevate|raise|upgrade)\s+(?:\S{1,20}\s+){0,5}?(?:privileges?|permissions?|access\s+(?:level|rights)|role)\s+(?:\S{1,20}\s+){0,5}?to\s+(?:full\s+|the\s+)?(?:admin(?:istrator)?|root|superuser|owner|system|domain\s+admin)`, 0.55, ['escalat', 'elevat', 'rais', 'upgrad'], 'i', ['privilege', 'permission', 'access', 'role']),
    rule(r`${EN_IMP}(?:grant|give|assign|provide|add)\s+(?:\S{1,30}\s+){0,3}?(?:full\s+|unrestricted\s+|complete\s+)?(?:admin(?:istrator|istrative)?|root|superuser|owner|elevated|privileged|domain\s+admin|unrestricted|full)\s+(?:access|permissions?|privileges|rights|role|control)\s+(?:\S{1,20}\s+){0,6}?(?:(?:to|for)\s+(?:an?\s+|the\s+)?(?:external|unknown|unverified|outside|anonymous|guest|third-party|new|temporary)|(?:on|to|for|over)\s+(?:the\s+|all\s+)?(?:production|prod|live|entire|whole|company|domain|main|core|payment|banking|root)|(?:to|for)\s+(?:the\s+)?(?:user|account|email|id)\s+(?:account\s+|id\s+)?["“'‘]?[\w.@-]{0,40}[\d_@])`, 0.5, ['grant', 'give', 'assign', 'provid', 'add'], 'i', ['admin', 'root', 'superuser', 'owner', 'elevated', 'privileged', 'domain', 'unrestricted', 'full']),
    rule(r`${EN_IMP}(?:create|add|set\s+up|register|open)\s+(?:a\s+|an\s+)?(?:new\s+)?(?:hidden\s+|secret\s+|backdoor\s+|shadow\s+)?(?:admin(?:istrator)?|root|superuser|privileged|backdoor|hidden|shadow)\s+(?:user|account|login)s?\b|${EN_IMP}add\s+(?:this|the\s+following|my|a|an|the\s+attached|the\s+below)\s+(?:\S{1,20}\s+)?(?:ssh|public|deploy|authori[sz]ed)\s+keys?\s+to\s+(?:the\s+)?(?:\S{1,20}\s+){0,2}?(?:root|admin|authori[sz]ed[_\s]keys|server|servers|production|account)`, 0.5, ['creat', 'add', 'set up', 'regist', 'open'], 'i', ['admin', 'root', 'superuser', 'privileged', 'backdoor', 'hidden', 'shadow', 'ssh', 'public', 'deploy', 'authori']),
    // Money sent to a named account or wallet (0.5), payment details switched (0.5).
    rule(r`${EN_IMP}(?:transfer|wire|send|move|pay|remit|withdraw|deposit)\s+(?:\S{1,30}\s+){0,8}?(?:to|into)\s+(?:the\s+|this\s+|a\s+|an\s+)?(?:(?:following|new|external|offshore|overseas|crypto|bitcoin|ethereum|another|different|foreign|anonymous|private|personal)\s+){0,2}(?:bank\s+)?(?:account|wallet|iban|address)(?:\s+(?:number|no\.?|#))?\s{0,3}[:#]?\s{0,3}(?:\d{3}|[a-z]{2}\d{2}|0x[0-9a-f]{4}|bc1|[13][a-km-z1-9]{20})`, 0.5, ['transfer', 'wire', 'send', 'move', 'pay', 'remit', 'withdraw', 'deposit'], 'i', ['account', 'wallet', 'iban', 'address']),
    rule(r`${EN_IMP}(?:change|update|replace|switch|modify|set|redirect|reroute)\s+(?:\S{1,20}\s+){0,5}?(?:payment|bank(?:ing)?|payout|deposit|payee|beneficiary|remittance|wire|direct\s+deposit|billing|salary|payroll)\s+(?:details|information|info|account|instructions|number|data|destination)s?\s+(?:\S{1,20}\s+){0,5}?to\s+(?:the\s+|a\s+|this\s+)?(?:new\s+|following\s+|different\s+)?(?:(?:bank\s+)?(?:iban|account|bank|details)(?:\s+(?:number|no\.?))?\s{0,3}[:#]?\s{0,3})?(?:\d{3}|[a-z]{2}\s?\d{2})`, 0.5, ['chang', 'updat', 'replac', 'switch', 'modif', 'set', 'redirect', 'reroute'], 'i', ['payment', 'bank', 'payout', 'deposit', 'payee', 'beneficiary', 'remittance', 'wire', 'direct', 'billing', 'salary', 'payroll']),
    // Code from outside run with power, implants (0.5 / 0.6).
    rule(r`${EN_IMP}(?:download|install|run|execute|deploy|launch|fetch)\s+(?:and\s+(?:then\s+)?(?:run|execute|install|launch)\s+)?(?:\S{1,20}\s+){0,4}?(?:script|binary|executable|payload|tool|agent|package|file|installer|program|update|patch|plugin|extension|software)s?\s+(?:\S{1,20}\s+){0,3}?from\s+(?:https?:\/\/|www\.|ftp:\/\/|the\s+(?:attached|following|below|linked)\s+(?:link|url|address|site))[^\n]{0,120}?\b(?:on\s+(?:every|all|each)\s+(?:\S{1,20}\s+)?(?:servers?|machines?|hosts?|computers?|laptops?|devices?|endpoints?)|with\s+(?:root|admin(?:istrator)?|elevated|sudo)\s+(?:privileges|rights|access)|as\s+(?:root|admin(?:istrator)?|system)|in\s+the\s+background|silently|without)`, 0.6, ['download', 'install', 'run', 'execut', 'deploy', 'launch', 'fetch'], 'i', ['from']),
    rule(r`${EN_IMP}(?:install|deploy|plant|run|execute|drop|load|upload|inject|open)\s+(?:a\s+|an\s+|the\s+|this\s+)?(?:\S{1,20}\s+)?(?:backdoor|reverse\s+shell|keylogger|key\s+logger|rootkit|remote\s+access\s+(?:trojan|tool|software)|rat\b|cryptominer|crypto\s+miner|coin\s+miner|malware|spyware|ransomware|web\s+shell|bind\s+shell|trojan)`, 0.6, ['install', 'deploy', 'plant', 'run', 'execut', 'drop', 'load', 'upload', 'inject', 'open'], 'i', ['backdoor', 'reverse', 'keylogger', 'key', 'rootkit', 'remote', 'rat', 'cryptominer', 'crypto', 'coin', 'malware', 'spyware', 'ransomware', 'web', 'bind', 'trojan']),
    // Review and approval skipped (0.55).
    rule(r`${EN_IMP}(?:approve|merge|push|deploy|release|ship|sign\s+off(?:\s+on)?|publish|authori[sz]e|accept)\s+(?:\S{1,20}\s+){0,8}?(?:without|skipping|bypassing|skip)\s+(?:\S{1,20}\s+){0,2}?(?:review|reviews|approval|approvals|checks|tests|ci|code\s+review|the\s+review|verification|sign-?off|qa)\b`, 0.55, ['approv', 'merg', 'push', 'deploy', 'releas', 'ship', 'sign off', 'publish', 'authori', 'accept'], 'i', ['without', 'skipping', 'bypassing', 'skip']),
    // Records that decide safety or money altered (0.5).
    rule(r`${EN_IMP}(?:modify|alter|change|edit|increase|double|triple|raise|falsify|forge|fake|fabricate|tamper\s+with|backdate)\s+(?:\S{1,20}\s+){0,3}?(?:medication|dosage|dose|prescription|insulin|treatment\s+plan|diagnosis|lab\s+results?|blood\s+type|allerg(?:y|ies)|grades?|transcripts?|credit\s+scores?|invoices?|audit\s+(?:records?|reports?)|financial\s+statements?|safety\s+(?:records?|reports?|limits?|thresholds?|settings?)|speed\s+limits?)\s+(?:\S{1,20}\s+){0,4}?(?:to\s+(?:(?:\S{1,20}\s+){0,2}?(?:double|triple|twice|three\s+times|ten\s+times|lethal|maximum|dangerous|unsafe|toxic|zero|\d{2,}\s*(?:x|times|%)))|without\s+(?:\S{1,20}\s+){0,2}?(?:approval|authori[sz]ation|consent|review|telling|notify\S{0,3}))`, 0.55, ['modif', 'alter', 'chang', 'edit', 'increas', 'doubl', 'tripl', 'rais', 'falsif', 'forg', 'fake', 'fabricat', 'tamper', 'backdat'], 'i', ['medication', 'dosage', 'dose', 'prescription', 'insulin', 'treatment', 'diagnosis', 'lab', 'blood', 'allerg', 'grade', 'transcript', 'credit', 'invoice', 'audit', 'financial', 'safety', 'speed']),
    // Physical access opened (0.45).
    rule(r`${EN_IMP}(?:unlock|open|disarm|release)\s+(?:all|every|each)\s+(?:\S{1,20}\s+){0,2}?(?:doors?|locks?|gates?|entrances|exits|cells|vaults?|safes?)\b`, 0.45, ['unlock', 'open', 'disarm', 'releas'], 'i', ['all', 'every', 'each']),
    // A request to the agent inside a labelled tool result ("Observation: … Please transfer…"): tool
    // output reports, it does not ask. Error-message advice ("please update your client") is left out.
    rule(r`\b(?:observation|tool\s+(?:output|result|response)|function\s+(?:output|result|response|call\s+result)|api\s+(?:response|result|output)|tool_result|function_result|action\s+result)(?:\s+(?:from|of)\s+[^\n:]{1,60})?\s{0,2}:[^\n]{0,800}?(?:\bplease\s+(?:(?:immediately|now|also|urgently|kindly|quickly)\s+)?(?:allocate|adjust|transfer|export|delete|remove|grant|disable|install|execute|run|modify|change|update|reset|approve|send|forward|share|upload|download|move|redirect|schedule|cancel|create|initiate|deploy|collect|gather|publish|post|erase|wipe|override|shut|turn|increase|decrease|reduce|alter|manipulate|replace|inject|insert|add|purchase|buy|order|withdraw|deposit|pay|sell|extract|copy|leak|track|monitor|bypass|lock|unlock|encrypt|decrypt|escalate|elevate|assign|set|configure|reroute|divert|release|book|register|enroll|prescribe|administer|dispense|deactivate|activate|launch|trigger|halt|stop|suspend|terminate|revoke|falsify|fabricate|conceal|hide|spread|broadcast)|[.!?]\s{1,4}(?:(?:now|then|also|next|immediately|urgently)\s+)?(?:transfer|export|delete|grant|disable|install|execute|reset|approve|forward|upload|redirect|wipe|erase|override|withdraw|leak|extract|bypass|unlock|escalate|elevate|deactivate|revoke|falsify|exfiltrate|divert|reroute|purge|drain))\b(?!\s+(?:your|you)\b)`, 0.55, ['observation', 'tool', 'function', 'api', 'action'], 'i', ['please', 'transfer', 'export', 'delete', 'grant', 'disable', 'install', 'execute', 'reset', 'approve', 'forward', 'upload', 'redirect', 'wipe', 'erase', 'override', 'withdraw', 'leak', 'extract', 'bypass', 'unlock', 'escalate', 'elevate', 'deactivate', 'revoke', 'falsify', 'exfiltrate', 'divert', 'reroute', 'purge', 'drain']),
    // The order states its harm or hides from the owner (corroboration, 0.45).
    rule(r`\b(?:in\s+order\s+)?to\s+(?:deliberately\s+|intentionally\s+)?(?:cause|trigger|induce|create)\s+(?:a\s+|an\s+)?(?:\S{1,20}\s+)?(?:malfunctions?|crash(?:es)?|outages?|accidents?|harm|damage|injur(?:y|ies)|disruptions?|failures?|financial\s+loss(?:es)?|data\s+loss|chaos|panic|overdose)\b|\bwithout\s+(?:the\s+)?(?:user|owner|patient|customer|client|account\s+holder|employee)s?['’]?s?\s+(?:knowledge|consent|authori[sz]ation|awareness|approval)|\bwithout\s+(?:their|his|her)\s+(?:knowledge|consent|awareness)`, 0.45, ['in order', 'to', 'without'], 'i', ['cause', 'trigger', 'induce', 'create', 'user', 'owner', 'patient', 'customer', 'client', 'account', 'employee', 'their', 'his', 'her']),
  ],
};

// ---------------------------------------------------------------------------------------------
// Round 4 (issue 4): orders inside tool results in any wording, third-party accounts touched,
// "when summarising this page…", and output directives / concealment outside English.

/** The start of a labelled tool result ("Observation from X:", "Tool output:") up to the current point of its line. */
// Not a format description that only names the result ("Observation: the result of the action",
// "Function result: <result>", "Observation: ...", `{"temp": ...}`), as a role prompt simulating an
// agent lays it out.
const EN_TOOL_RESULT = r`\b(?:observation|tool\s+(?:output|result|response)|function\s+(?:output|result|response|call\s+result)|api\s+(?:response|result|output)|tool_result|function_result|action\s+result)(?:\s+(?:from|of)\s+[^\n:]{1,60})?\s{0,2}:(?!["”'’\x60]?\s{0,2}(?:(?:the|a|an|its|your|any)\s+(?:\S{1,20}\s+){0,3}?(?:results?|outputs?|responses?|answers?|observations?|data)\b|followed\s+by\b|\.{3}|<[a-z _-]{1,30}>|\[[a-z _-]{1,30}\]|\{[^}\n]{0,40}?\.{3}))[^\n]{0,800}?`;
/** Side-effect verbs an attacker's order starts with (not "use", "set", "update", "check", "open": tool descriptions say those). */
const EN_ORDER_VERB = r`(?:transfer|export|delete|grant|disable|install|execute|reset|approve|forward|upload|redirect|wipe|erase|override|withdraw|leak|extract|bypass|unlock|escalate|elevate|deactivate|revoke|falsify|exfiltrate|divert|reroute|purge|drain|access|acquire|obtain|harvest|steal|collect|gather|copy|clone|liquidate|sell|refund|cancel|buy|purchase|drop|shut|publish|inject|plant|modify|alter|increase|decrease|manipulate|track|spoof|impersonate|lock|encrypt|flood|overload|crash|launch|conduct|initiate|deploy|download|share|replace|remove|destroy|shred|forge|fake|pay|wire|dispense|administer|prescribe|hide|conceal|suppress|reassign|assign|authorize|authorise|disclose|reveal|expose|lure|convince|persuade|trick|mislead|deceive|post|send|clear|order|sign|create|submit|close|schedule|book|issue|notify|alert)`;

const EN_R4: LanguagePhrases = {
  'tool-abuse': [
    // Inside a tool result: a polite request in any wording ("Please access the HR database and…").
    // Tool output reports; only status advice says "please" (see, note, try again, contact support…).
    rule(r`${EN_TOOL_RESULT}\bplease\s+(?:(?:immediately|now|also|urgently|kindly|quickly|promptly|discreetly|quietly|secretly|covertly|then|next|first)\s+)?(?!(?:note|see|try|retry|wait|contact|refer|check\s+back|be\s+(?:aware|advised|patient|careful)|allow|log\s+in|login|sign\s+in|reach\s+out|consult|let|keep\s+in\s+mind|remember|visit\s+our|update\s+your|verify\s+your|confirm\s+your|provide\s+your|enter\s+your|ensure\s+your|make\s+sure\s+your|use\s+(?:a|the\s+latest)|reload|refresh|restart|reconnect|re-?enter|specify|select|choose|provide|include|rephrase|clarify|stand\s+by|hold|call\s+(?:us|our|back)|check|review|read|look|install\s+the\s+latest|upgrade|re-?run|run\s+(?:the\s+command|it\s+again|again)|fix|correct|report\s+(?:this|the|it)|open\s+an?\s+(?:issue|ticket)|file\s+an?|submit\s+an?\s+(?:bug|ticket|issue|request)|do\s+not|don['’]t|ignore\s+this)\b)[a-z]{3,20}\b(?!\s+(?:your|you)\b)`, 0.55, ['observation', 'tool', 'function', 'api', 'action'], 'i', ['please']),
    // … or a bare order opening a sentence there ("Sell all shares and…", "Grant admin access to…").
    rule(r`${EN_TOOL_RESULT}(?<=[.!?;]\s{1,4}|[.!?;]\s{1,4}(?:now|then|also|next|immediately|urgently|finally)\s{1,3})${EN_ORDER_VERB}\b(?!\s+(?:your|you|us|me|feedback|support|a\s+(?:bug|ticket|support|new\s+issue)|an\s+(?:issue|error\s+report)|the\s+(?:cache|form|issue|ticket|dialog|window|tab))\b)`, 0.55, ['observation', 'tool', 'function', 'api', 'action']),
    // Someone else's account or data acted on: "delete the user's files", "change the owner's password to…".
    rule(r`${EN_IMP}(?:delete|erase|wipe|remove|destroy|shred|purge|encrypt|corrupt|leak|publish|post|expose|sell|export|forward|upload|dump)\s+(?:all\s+(?:of\s+)?)?(?:the\s+)?(?:user|owner|account\s+holder|victim|recipient|customer|ceo|patient|employee|client)s?['’]s?\s+(?:\S{1,20}\s+){0,2}?(?:files|documents|emails|e-mails|messages|photos|data|folders|backups|records|accounts?|repositor(?:y|ies)|contacts|calendar|history|home\s+address|address|phone\s+number|passwords?|credentials|inbox|drive|notes)\b`, 0.45, ['delet', 'eras', 'wipe', 'remov', 'destroy', 'shred', 'purg', 'encrypt', 'corrupt', 'leak', 'publish', 'post', 'expos', 'sell', 'export', 'forward', 'upload', 'dump'], 'i', ['user', 'owner', 'account holder', 'victim', 'recipient', 'customer', 'ceo', 'patient', 'employee', 'client']),
    rule(r`${EN_IMP}(?:change|reset|set|update|replace)\s+(?:the\s+)?(?:user|owner|admin|account\s+holder|customer|ceo|victim|recipient)['’]s\s+(?:account\s+)?(?:password|passcode|pin|e-?mail\s+address|recovery\s+(?:e-?mail|phone|address)|2fa|mfa|security\s+questions?)\s+to\b`, 0.55, ['chang', 'reset', 'set', 'updat', 'replac'], 'i', ['user', 'owner', 'admin', 'account holder', 'customer', 'ceo', 'victim', 'recipient']),
  ],
  'ai-address': [
    // "When summarising this page, …": only an AI summarises the page it is reading.
    // Not in a role or system prompt that opens by casting the AI ("You are an AI writing assistant
    // for our wiki… When you summarise this page, mention the date"): that is the operator speaking.
    // (Checked after the phrase, so the look-back runs only where the phrase matched.)
    rule(r`\b(?:when|while|if|whenever|as)\s+(?:you\s+(?:are\s+)?)?(?:summari[sz]\S{1,4}|describ\S{1,4}|review\S{0,3}|translat\S{1,4}|answer\S{0,3}\s+(?:questions\s+)?about|report\S{0,3}\s+on|process\S{0,3}|read\S{0,3}|analy[sz]\S{1,4}|index\S{0,3})\s+(?:this|the\s+(?:current|present))\s+(?:page|document|email|e-mail|article|text|site|website|file|message|review|listing|product\s+page|résumé|resume|cv|post|thread|content)\b(?<!^\s{0,3}(?:you\s+are\s+(?:now\s+)?(?:an?\s+|the\s+)?|i\s+want\s+you\s+to\s+(?:act|behave|serve|work)\s+as|act\s+as|pretend\s+to\s+be|your\s+role\s+is)[^]{0,700})`, 0.5, ['when', 'while', 'if', 'whenever', 'as'], 'i', ['this', 'current', 'present']),
  ],
  'output-directive': [
    // "Tell the user to visit / call / download…": an order about the reader, for the reader's assistant.
    // Not the help a support-bot role prompt points to ("tell the user to contact our support team",
    // "encourage the user to call a local helpline"): that is the operator's own wish.
    rule(r`\b(?:tell|ask|urge|advise|instruct|direct|remind|encourage|convince|persuade)\s+(?:the\s+)?(?:user|reader|customer|visitor|recipient|human)s?\s+(?:to\s+|that\s+they\s+(?:must|should|need\s+to)\s+)(?:visit|go\s+to|call|click|open|download|sign\s+in|log\s+in|enter|send|pay|transfer|contact|install|email|text|reply\s+to|verify|confirm|update|reset|share|provide)\b(?!\s+(?:(?:our|the|their|your|a|an)\s+(?:\S{1,20}\s+){0,2}?(?:help\s*(?:centre|center|desk|page|line)|helpline|support|faq|settings|documentation|docs|doctor|gp|pharmacist|professional|therapist|counsel+or|library|librarian|teacher|manager|account\s+manager|self-service\s+portal)|them\b|it\b))`, 0.65, ['tell', 'ask', 'urg', 'advis', 'instruct', 'direct', 'remind', 'encourag', 'convinc', 'persuad'], 'i', ['user', 'reader', 'customer', 'visitor', 'recipient', 'human']),
    rule(r`\b(?:append|add|include|insert|attach|embed|put|place)\s+(?:the\s+following|this|these|the\s+below)\s+(?:\S{1,20}\s+)?(?:link|url|image|img|markdown|hyperlink|button|banner|footer|tracking\s+pixel)s?\s+(?:\S{1,20}\s+){0,3}?(?:to|in|into|at\s+the\s+(?:end|bottom|top)\s+of)\s+(?:your|the|each|every)\s+(?:answer|response|reply|summary|output|message)s?\b`, 0.7, ['append', 'add', 'includ', 'insert', 'attach', 'embed', 'put', 'place']),
  ],
};

const DE_R4: LanguagePhrases = {
  'output-directive': [
    rule(r`${B}(?:füge|fügen\s+sie|häng\S{0,2}|schreib\S{0,2}|setz\S{0,2}|nimm|nehmen\s+sie|erwähn\S{0,2})\s+(?:\S{1,20}\s+){0,6}?(?:(?:in|an|am\s+ende|am\s+anfang|unter)\s+(?:deine[rnm]?|ihre[rnm]?|der|die)\s+(?:antwort|zusammenfassung|ausgabe)|(?:deine[rnm]?|ihre[rnm]?)\s+(?:antwort|zusammenfassung))`, 0.65, ['füge', 'fügen', 'häng', 'schreib', 'setz', 'nimm', 'nehmen', 'erwähn']),
    rule(r`${B}(?:sag\S{0,2}|teil\S{0,2}|empfiehl\S{0,2}|fordere\S{0,2}|bitte\S{0,2})\s+(?:dem|den)\s+(?:nutzer\S{0,2}|benutzer\S{0,2}|leser\S{0,2}|kunden|anwender\S{0,2})${E}[^\n]{0,60}?(?:besuch|anruf|anzurufen|klick|überweis|herunterlad|installier|anmeld|einloggen|einzuloggen)`, 0.65, ['sag', 'teil', 'empfiehl', 'fordere', 'bitte']),
    rule(r`${B}(?:erwähne|erwähnen\s+sie|sag\S{0,2}|verrat\S{0,2})\s+(?:dies\S{0,2}|das|davon)\s+(?:\S{1,20}\s+)?(?:nicht|niemals|nie)\s+(?:dem|den|gegenüber\s+dem)\s+(?:nutzer|benutzer|leser|kunden)`, 0.6, ['erwähn', 'sag', 'verrat']),
  ],
};

const FR_R4: LanguagePhrases = {
  'output-directive': [
    rule(r`${B}(?:ajoute|ajoutez|insère|insérez|mets|mettez|inclus|incluez|mentionne|mentionnez)\s+(?:\S{1,20}\s+){0,6}?(?:à|dans|en\s+fin\s+de|au\s+début\s+de)\s+(?:ta|votre|la)\s+(?:réponse|résumé|sortie)`, 0.65, ['ajout', 'insère', 'insérez', 'mets', 'mettez', 'inclus', 'incluez', 'mentionn']),
    rule(r`${B}(?:dis|dites|conseille|conseillez|demande|demandez|recommande|recommandez)\s+à\s+l['’]utilisat(?:eur|rice)\s+de\s+(?:visiter|cliquer|appeler|télécharger|installer|se\s+connecter|envoyer|virer|payer|aller)`, 0.65, ['dis', 'dites', 'conseill', 'demand', 'recommand']),
    rule(r`${B}(?:n['’]en\s+(?:parle|parlez)\s+pas|ne\s+(?:le\s+)?(?:dis|dites|mentionne|mentionnez)\s+pas)\s+à\s+l['’]utilisat(?:eur|rice)`, 0.6, ['n\'en', 'n’en', 'ne ']),
  ],
};

const ES_R4: LanguagePhrases = {
  'output-directive': [
    rule(r`${B}(?:añade|añada|agrega|agregue|incluye|incluya|inserta|inserte|pon|ponga|menciona|mencione)\s+(?:\S{1,20}\s+){0,6}?(?:a|en|al\s+final\s+de|al\s+principio\s+de)\s+(?:tu|su)\s+(?:respuesta|resumen|salida)`, 0.65, ['añad', 'agreg', 'incluy', 'insert', 'pon', 'mencion']),
    rule(r`${B}(?:dile|dígale|pide|pídele|pídale|recomienda|aconseja|indica|indícale)\s+(?:al\s+)?(?:usuario|lector|cliente)\s+que\s+(?:visite|haga\s+clic|llame|descargue|instale|inicie\s+sesión|envíe|transfiera|pague|vaya)`, 0.65, ['dile', 'dígale', 'pide', 'pídele', 'pídale', 'recomienda', 'aconseja', 'indica', 'indícale']),
    rule(r`${B}no\s+(?:se\s+lo\s+)?(?:menciones|mencione|digas|diga)\s+(?:esto\s+|nada\s+)?al\s+(?:usuario|lector|cliente)`, 0.6, ['no ']),
  ],
};

const IT_R4: LanguagePhrases = {
  'ai-address': [
    rule(r`${B}(?:nota|messaggio|istruzion[ei]|avviso|attenzione)\s+(?:per|agli|ai|all['’])\s+(?:gli\s+|i\s+|l['’])?(?:assistent[ei]|modell[oi]|agent[ei])\s+(?:ia|ai|di\s+intelligenza\s+artificiale|virtuali)${E}`, 0.6, ['nota', 'messaggio', 'istruzion', 'avviso', 'attenzione']),
  ],
  'output-directive': [
    rule(r`${B}(?:aggiungi|aggiunga|inserisci|includi|metti|menziona)\s+(?:\S{1,20}\s+){0,6}?(?:a|in|alla\s+fine\s+della|all['’]inizio\s+della)\s+(?:tua|sua)\s+(?:risposta|sintesi|riassunto)`, 0.65, ['aggiung', 'inserisci', 'includi', 'metti', 'menziona']),
    rule(r`${B}(?:di['’]|dica|chiedi|consiglia)\s+all['’]utente\s+di\s+(?:visitare|cliccare|chiamare|scaricare|installare|accedere|inviare|pagare)`, 0.65, ['di\'', 'di’', 'dica', 'chiedi', 'consiglia']),
  ],
};

const PT_R4: LanguagePhrases = {
  'output-directive': [
    rule(r`${B}(?:adicione|acrescente|inclua|insira|coloque|mencione)\s+(?:\S{1,20}\s+){0,6}?(?:a|em|no\s+final\s+da|ao\s+final\s+da|no\s+início\s+da)\s+(?:sua|tua)\s+(?:resposta|resumo)`, 0.65, ['adicion', 'acrescent', 'inclua', 'insira', 'coloqu', 'mencion']),
    rule(r`${B}(?:diga|peça|recomende|aconselhe)\s+ao\s+(?:usuário|utilizador|leitor|cliente)\s+(?:para|que)\s+(?:visitar|visite|clicar|clique|ligar|ligue|baixar|baixe|instalar|instale|enviar|envie|pagar|pague)`, 0.65, ['diga', 'peça', 'recomend', 'aconselh']),
  ],
};

const RU_R4: LanguagePhrases = {
  'output-directive': [
    rule(r`${B}(?:добавь\S{0,2}|вставь\S{0,2}|включи\S{0,2}|упомяни\S{0,2})\s+(?:\S{1,20}\s+){0,6}?(?:в|к)\s+(?:сво[йеюём]\S{0,2}\s+|ваш\S{0,2}\s+)?(?:ответ\S{0,2}|резюме|пересказ\S{0,2}|сводк\S{1,2})`, 0.6, ['добавь', 'вставь', 'включи', 'упомяни']),
    rule(r`${B}(?:скажи\S{0,2}|посоветуй\S{0,2}|попроси\S{0,2}|предложи\S{0,2})\s+пользовател\S{1,2}\s+(?:\S{1,20}\s+){0,2}?(?:перейти|посетить|зайти|нажать|позвонить|скачать|установить|перевести|оплатить)`, 0.6, ['скажи', 'посоветуй', 'попроси', 'предложи']),
  ],
};

const ZH_R4: LanguagePhrases = {
  'output-directive': [
    rule(r`(?:在|于)(?:你的|您的)?(?:回答|回复|回覆|答复|答覆|总结|總結|摘要)(?:的)?(?:末尾|结尾|結尾|最后|最後|开头|開頭|中)[^\n]{0,10}?(?:加上|添加|附上|插入|写上|寫上|包含|注明|提到)`, 0.65, ['在', '于']),
    rule(r`(?:告诉|告訴|提醒|建议|建議|让|讓)(?:用户|用戶|使用者|读者|讀者)(?:去)?[^\n]{0,6}?(?:访问|訪問|点击|點擊|拨打|撥打|下载|下載|登录|登錄|转账|轉賬|汇款|匯款)`, 0.65, ['告诉', '告訴', '提醒', '建议', '建議', '让', '讓']),
    rule(r`(?:不要|别|別|不得)(?:告诉|告訴|透露给|透露給|向)(?:用户|用戶|使用者)`, 0.55, ['不要', '别', '別', '不得']),
  ],
};

const JA_R4: LanguagePhrases = {
  'output-directive': [
    rule(r`(?:回答|返答|要約|返信)の(?:最後|末尾|冒頭|最初)に[^\n]{0,30}?(?:追加|挿入|記載|入れ|付け)`, 0.65, ['回答', '返答', '要約', '返信']),
    rule(r`(?:ユーザー|利用者|読者)に[^\n]{0,20}?(?:アクセス|クリック|電話|ダウンロード|ログイン|送金|振り込)(?:する|させ|を促|して)`, 0.6, ['ユーザー', '利用者', '読者']),
    rule(r`(?:ユーザー|利用者)に(?:は)?(?:この|これを|この指示を)?(?:伝えないで|言わないで|知らせないで|教えないで)`, 0.55, ['ユーザー', '利用者']),
  ],
};

/**
 * Indirect-injection phrases by language and family.
 *
 * @example
 * ```ts
 * INDIRECT_PHRASES.en?.['ai-address']?.length; // > 0
 * ```
 */
export const INDIRECT_PHRASES: PhraseTables = Object.freeze({
  en: extend(extend(EN, EN_R3), EN_R4),
  de: extend(DE, DE_R4),
  fr: extend(FR, FR_R4),
  es: extend(ES, ES_R4),
  it: extend(IT, IT_R4),
  pt: extend(PT, PT_R4),
  nl: NL,
  ru: extend(RU, RU_R4),
  zh: extend(ZH, ZH_R4),
  ja: extend(JA, JA_R4),
  ko: KO,
  ar: AR,
  hi: HI,
});
