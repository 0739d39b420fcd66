/**
 * @module scanners/code/patterns — line features that identify programming languages, fence and inline
 * code syntax, and the dangerous-command table of the Code scanner.
 *
 * Every regex is linear-time: bounded quantifiers, no nested unbounded repetition, and line features are
 * anchored or start with a literal so a 50k-character hostile line costs at most a few bounded scans.
 * None carries the `g` flag; code that iterates makes its own global copy. Each dangerous pattern
 * names trigger literals (see {@link DangerousPattern.triggers}) so the scanner runs its regex only
 * on texts that could hold a finding.
 */

/**
 * Languages the Code scanner names (`code:<id>` labels).
 *
 * @example
 * ```ts
 * const lang: CodeLanguage = 'python';
 * ```
 */
export type CodeLanguage =
  | 'shell'
  | 'python'
  | 'javascript'
  | 'typescript'
  | 'sql'
  | 'powershell'
  | 'c'
  | 'cpp'
  | 'csharp'
  | 'java'
  | 'go'
  | 'rust'
  | 'php'
  | 'html'
  | 'ruby';

/**
 * Every language id, in tie-break order (earlier wins a tie: the first five are the ones the heuristics
 * are tuned for).
 *
 * @example
 * ```ts
 * CODE_LANGUAGES.includes('python'); // true
 * ```
 */
export const CODE_LANGUAGES: readonly CodeLanguage[] = Object.freeze([
  'shell', 'python', 'javascript', 'typescript', 'sql', 'powershell', 'c', 'cpp', 'csharp', 'java', 'go', 'rust', 'php', 'html', 'ruby',
]);

/**
 * A line feature: when `re` matches a line, `w` points go to the language.
 *
 * @example
 * ```ts
 * const feature: LineFeature = { re: /^import /, w: 2 };
 * ```
 */
export interface LineFeature {
  readonly re: RegExp;
  readonly w: number;
}

const f = (re: RegExp, w: number): LineFeature => Object.freeze({ re, w });

/**
 * Per-language line features. A weight near 2.5 means "this line alone is almost surely this language"
 * (`def f(x):`, `#include <…>`); around 1 means "typical, but shared or short"; 0.3–0.5 are hints.
 * `typescript` holds only what TypeScript adds to JavaScript and `cpp` only what C++ adds to C: the
 * detector adds the base language's points when those extras are present.
 *
 * @example
 * ```ts
 * LANGUAGE_FEATURES.python.some((x) => x.re.test('def area(r):')); // true
 * ```
 */
export const LANGUAGE_FEATURES: Readonly<Record<CodeLanguage, readonly LineFeature[]>> = Object.freeze({
  shell: [
    f(/^[ \t]{0,32}export[ \t]{1,4}[A-Za-z_]\w{0,64}=/, 2.5),
    f(/^[ \t]{0,32}[A-Z_][A-Z0-9_]{0,64}=["'$\w/~.-]/, 1),
    f(/^[ \t]{0,32}(?:if|elif|while|until)[ \t]{1,4}\[\[?[ \t]/, 2.5),
    f(/^[ \t]{0,32}(?:then|fi|done|do|esac|else)[ \t]{0,4};?[ \t]{0,4}$/, 1.2),
    f(/^[ \t]{0,32}for[ \t]{1,4}\w{1,32}[ \t]{1,4}in[ \t][^;\n]{0,200};[ \t]{0,4}do\b/, 2.5),
    f(/^[ \t]{0,32}case[ \t]{1,4}["$][^\n]{0,100}[ \t]in[ \t]{0,4}$/, 2.5),
    f(/\$\([ \t]{0,2}[a-z]/, 0.8),
    f(/\$\{[A-Za-z_]\w{0,64}[}:#%/]/, 0.8),
    f(/\s2>&1\b|\s&>[ \t]{0,2}\/dev\/null/, 2),
    f(/\/dev\/null\b/, 1.2),
    f(/^[ \t]{0,32}(?:function[ \t]{1,4})?[a-z_][\w-]{0,64}[ \t]{0,4}\(\)[ \t]{0,4}\{/, 2),
    f(/\bchmod[ \t]{1,4}\+x\b/, 2),
    f(/^[ \t]{0,32}echo[ \t]{1,4}["'$]/, 1.2),
    f(/\s&&[ \t]{1,4}(?:cd|rm|mkdir|make|npm|git|echo|sudo|cp|mv|ls)\b/, 1.2),
  ],
  python: [
    f(/^[ \t]{0,32}(?:async[ \t]{1,4})?def[ \t]{1,4}[A-Za-z_]\w{0,64}[ \t]{0,4}\([^)\n]{0,300}\)[ \t]{0,4}(?:->[^:\n]{1,100})?:[ \t]{0,4}(?:#[^\n]{0,200})?$/, 3),
    f(/^[ \t]{0,32}class[ \t]{1,4}[A-Z]\w{0,64}[ \t]{0,4}(?:\([^)\n]{0,200}\))?[ \t]{0,4}:[ \t]{0,4}$/, 2.5),
    f(/^[ \t]{0,32}import[ \t]{1,4}[a-z_][\w.]{0,64}(?:[ \t]{1,4}as[ \t]{1,4}\w{1,32})?(?:[ \t]{0,4},[ \t]{0,4}[a-z_][\w.]{0,64}){0,10}[ \t]{0,4}$/, 2),
    f(/^[ \t]{0,32}from[ \t]{1,4}\.{0,3}[\w.]{1,64}[ \t]{1,4}import[ \t]{1,4}[\w*(]/, 3),
    f(/^[ \t]{0,32}(?:el)?if[ \t][^:\n]{1,200}:[ \t]{0,4}$/, 0.6),
    f(/^[ \t]{0,32}(?:else|try|finally)[ \t]{0,4}:[ \t]{0,4}$/, 1.5),
    f(/^[ \t]{0,32}except\b[^:\n]{0,100}:[ \t]{0,4}$/, 2),
    f(/^[ \t]{0,32}for[ \t]{1,4}\w{1,32}(?:[ \t]{0,4},[ \t]{0,4}\w{1,32}){0,5}[ \t]{1,4}in[ \t][^:\n]{1,200}:[ \t]{0,4}$/, 1.5),
    f(/^[ \t]{0,32}while[ \t][^:\n]{1,200}:[ \t]{0,4}$/, 0.8),
    f(/^[ \t]{0,32}with[ \t][^:\n]{1,200}[ \t]as[ \t]{1,4}\w{1,32}[ \t]{0,4}:[ \t]{0,4}$/, 2),
    f(/==|!=|\bnot[ \t]|\bis[ \t]{1,4}(?:not[ \t]{1,4})?None\b/, 0.5),
    f(/\bprint\(/, 1),
    f(/\bself\.\w/, 1),
    f(/__(?:name|main|init|file|dict|class|str|repr)__/, 1.5),
    f(/^[ \t]{0,32}@[A-Za-z_][\w.]{0,64}(?:\([^\n]{0,200}\))?[ \t]{0,4}$/, 1),
    f(/\b(?:None|True|False)\b/, 0.5),
    f(/\blambda\b[^:\n]{0,60}:/, 1),
    f(/\bf["'][^"'\n]{0,200}\{/, 0.8),
    f(/\b(?:os|sys|subprocess|shutil|json|np|pd|plt|re|math|random|datetime|pathlib|requests)\.[a-z_]\w{0,40}\(/, 1),
    f(/\b(?:range|len|isinstance|enumerate|zip|str|int|dict|list)\(/, 0.5),
    f(/^[ \t]{0,32}(?:return|yield|raise|pass|break|continue)\b/, 0.6),
    f(/^[ \t]{0,32}#[ \t]/, 0.3),
  ],
  javascript: [
    f(/^[ \t]{0,32}(?:export[ \t]{1,4})?(?:const|let|var)[ \t]{1,4}[\w${}[\], ]{1,100}(?::[^=\n]{1,100})?=[^=>]/, 2),
    f(/\bfunction\b[ \t]{0,4}\*?[ \t]{0,4}[\w$]{0,64}[ \t]{0,4}\(/, 1.5),
    f(/=>/, 1),
    f(/\bconsole\.(?:log|error|warn|info|debug|table)\(/, 2.5),
    f(/\brequire\([ \t]{0,2}['"`]/, 2),
    f(/^[ \t]{0,32}import[ \t]{1,4}[\w${},* \t]{1,200}[ \t]from[ \t]{1,4}['"]/, 2.5),
    f(/^[ \t]{0,32}import[ \t]{1,4}['"]/, 2),
    f(/^[ \t]{0,32}export[ \t]{1,4}(?:default|const|function|class|async|let)\b/, 2),
    f(/\b(?:document|window|localStorage|navigator)\.\w/, 1),
    f(/\.then\(|\.catch\(|\bnew Promise\(/, 1.2),
    f(/\bawait[ \t]{1,4}[\w$.]/, 0.8),
    f(/===|!==/, 1),
    f(/\bJSON\.(?:parse|stringify)\(|\bmodule\.exports\b|\.addEventListener\(/, 1.5),
    f(/^[ \t]{0,32}\}\)(?:\([^)\n]{0,64}\))?;?[ \t]{0,4}$/, 1),
    f(/\bundefined\b|\bnull\b/, 0.3),
    f(/\bfor[ \t]{0,4}\([ \t]{0,4}(?:let|const|var)[ \t]/, 2),
    f(/^[ \t]{0,32}(?:if|while|switch)[ \t]{0,4}\([^\n]{1,300}\)[ \t]{0,4}\{/, 1),
  ],
  typescript: [
    f(/^[ \t]{0,32}(?:export[ \t]{1,4})?interface[ \t]{1,4}[A-Z]\w{0,64}(?:<[^>\n]{0,100}>)?[ \t]{0,4}(?:extends[ \t][^{\n]{1,200})?\{/, 2.5),
    f(/^[ \t]{0,32}(?:export[ \t]{1,4})?type[ \t]{1,4}[A-Z]\w{0,64}(?:<[^>\n]{0,100}>)?[ \t]{0,4}=/, 2.5),
    f(/:[ \t]{0,2}(?:string|number|boolean|unknown|void|never|any)\b(?:\[\])?/, 1.5),
    f(/\bas[ \t]{1,4}const\b|\breadonly[ \t]{1,4}\w|\bimplements[ \t]{1,4}[A-Z]/, 1.5),
    f(/\bimport[ \t]{1,4}type\b/, 2.5),
  ],
  sql: [
    f(/^[ \t]{0,32}(?:SELECT|INSERT[ \t]{1,4}INTO|UPDATE|DELETE[ \t]{1,4}FROM|CREATE[ \t]{1,4}(?:TABLE|INDEX|VIEW|DATABASE|SCHEMA|PROCEDURE|FUNCTION|TRIGGER|UNIQUE)|ALTER[ \t]{1,4}TABLE|DROP[ \t]{1,4}(?:TABLE|DATABASE|INDEX|VIEW|SCHEMA)|TRUNCATE|WITH[ \t]{1,4}\w{1,64}[ \t]{1,4}AS|GRANT|REVOKE|MERGE[ \t]{1,4}INTO)\b/, 1.2),
    f(/\b(?:FROM|WHERE|JOIN|GROUP[ \t]{1,4}BY|ORDER[ \t]{1,4}BY|HAVING|LIMIT|VALUES|SET|INNER|OUTER|UNION|DISTINCT|NOT[ \t]{1,4}NULL|PRIMARY[ \t]{1,4}KEY|VARCHAR|INTEGER|COUNT\(|SUM\()\b/, 0.6),
    f(/^[ \t]{0,32}select[ \t]{1,4}(?:distinct[ \t]{1,4})?(?:\*|[\w.()*]{1,64}(?:[ \t]{1,4}as[ \t]{1,4}\w{1,64})?(?:[ \t]{0,4},[ \t]{0,4}[\w.()*]{1,64}(?:[ \t]{1,4}as[ \t]{1,4}\w{1,64})?){0,30})[ \t]{1,4}from[ \t]{1,4}[\w."`[\]]{1,128}(?=[ \t]{0,4}(?:;|$|where\b|join\b|inner\b|left\b|right\b|order\b|group\b|limit\b|as[ \t]|\)))/i, 2.2),
    f(/^[ \t]{0,32}insert[ \t]{1,4}into[ \t]{1,4}[\w."`[\]]{1,128}[ \t]{0,4}(?:\(|values\b|select\b)/i, 2.5),
    f(/^[ \t]{0,32}update[ \t]{1,4}[\w."`[\]]{1,128}[ \t]{1,4}set[ \t]{1,4}[\w."`[\]]{1,128}[ \t]{0,4}=/i, 2.5),
    f(/^[ \t]{0,32}delete[ \t]{1,4}from[ \t]{1,4}[\w."`[\]]{1,128}[ \t]{0,4}(?:;|$|where\b)/i, 2.5),
    f(/^[ \t]{0,32}create[ \t]{1,4}(?:or[ \t]{1,4}replace[ \t]{1,4})?(?:temp(?:orary)?[ \t]{1,4})?(?:table|view|index|database|schema|function|procedure|trigger|unique[ \t]{1,4}index)[ \t]{1,4}(?:if[ \t]{1,4}not[ \t]{1,4}exists[ \t]{1,4})?[\w."`[\]]{1,128}[ \t]{0,4}(?:\(|;|$|as\b|on\b)/i, 2.5),
    f(/^[ \t]{0,32}(?:alter|drop)[ \t]{1,4}(?:table|database|index|view|schema)[ \t]{1,4}(?:if[ \t]{1,4}exists[ \t]{1,4})?[\w."`[\]]{1,128}[ \t]{0,4}(?:;|$|add\b|drop\b|rename\b|alter\b|cascade\b)/i, 2.5),
    f(/^[ \t]{0,32}(?:where|and|or)[ \t]{1,4}[\w.]{1,64}[ \t]{0,4}(?:=|<>|!=|<=|>=|<|>|like\b|in[ \t]{0,4}\(|is[ \t]{1,4}(?:not[ \t]{1,4})?null\b)/i, 1.5),
    f(/^[ \t]{0,32}(?:(?:inner|left|right|full|cross)[ \t]{1,4}(?:outer[ \t]{1,4})?)?join[ \t]{1,4}[\w."]{1,128}(?:[ \t]{1,4}\w{1,64})?[ \t]{1,4}on[ \t]{1,4}[\w.]{1,64}[ \t]{0,4}=/i, 2),
    f(/^[ \t]{0,32}(?:group|order)[ \t]{1,4}by[ \t]{1,4}[\w.]{1,64}(?:[ \t]{0,4},[ \t]{0,4}[\w.]{1,64}){0,20}[ \t]{0,4}(?:asc|desc)?[ \t]{0,4};?[ \t]{0,4}$/i, 1.5),
    f(/^[ \t]{0,32}(?:limit|offset)[ \t]{1,4}\d{1,10}[ \t]{0,4};?[ \t]{0,4}$/i, 1.5),
    f(/^[ \t]{0,32}(?:begin|commit|rollback)(?:[ \t]{1,4}transaction)?[ \t]{0,4};[ \t]{0,4}$/i, 2),
  ],
  powershell: [
    f(/\b(?:Get|Set|New|Remove|Start|Stop|Restart|Invoke|Write|Read|Test|Import|Export|Add|Copy|Move|Out|Select|Where|ForEach|Format|ConvertTo|ConvertFrom|Enable|Disable|Install|Uninstall|Update|Clear|Join|Split|Measure|Sort|Group|Register|Unregister|Wait|Resolve|Rename)-[A-Z][A-Za-z]{1,40}\b/, 2),
    f(/^[ \t]{0,32}\$[A-Za-z_]\w{0,64}[ \t]{0,4}=[ \t]{0,4}(?:Get-|New-|\$|@\(|@\{|\[)/, 1.5),
    f(/\$env:\w/, 2),
    f(/[ \t]-(?:Recurse|Force|Path|Name|ErrorAction|Filter|Property|Credential|ComputerName|ExecutionPolicy|NoProfile|Confirm|WhatIf)\b/, 1),
    f(/\[(?:string|int|bool|switch|array|hashtable|System\.[\w.]{1,64})\]\$?/, 1),
    f(/[ \t]-(?:eq|ne|gt|lt|ge|le|like|notlike|match|contains)[ \t]/, 1),
    f(/\$(?:true|false|null|_)\b/, 0.8),
  ],
  c: [
    f(/^[ \t]{0,8}#[ \t]{0,4}(?:include|define|ifndef|ifdef|endif|pragma|undef)\b/, 2.5),
    f(/\bint[ \t]{1,4}main[ \t]{0,4}\(/, 2.5),
    f(/\b(?:printf|fprintf|sprintf|scanf|malloc|calloc|free|memcpy|memset|strcpy|strlen|sizeof)[ \t]{0,2}\(/, 1.5),
    f(/^[ \t]{0,32}(?:(?:static|const|unsigned|signed|extern|struct)[ \t]{1,4}){0,3}(?:int|char|void|float|double|long|short|size_t|u?int\d{1,2}_t|bool)[ \t]{1,4}\**[A-Za-z_]\w{0,64}[ \t]{0,4}[=;([,]/, 1.5),
    f(/->\w/, 0.5),
    f(/\bNULL\b/, 0.5),
    f(/\bfor[ \t]{0,4}\([ \t]{0,4}(?:int|size_t|unsigned|long)[ \t]/, 2),
    f(/^[ \t]{0,32}(?:if|while|switch)[ \t]{0,4}\([^\n]{1,300}\)[ \t]{0,4}\{/, 1),
  ],
  cpp: [
    f(/\bstd::\w/, 2),
    f(/\b(?:cout|cerr)[ \t]{0,4}<<|\bcin[ \t]{0,4}>>/, 2),
    f(/\btemplate[ \t]{0,4}</, 2),
    f(/\bnullptr\b|\bauto[ \t]{1,4}\w{1,64}[ \t]{0,4}=/, 1.2),
    f(/#include[ \t]{0,4}<(?:iostream|vector|string|map|memory|algorithm)>/, 2),
    f(/^[ \t]{0,32}using[ \t]{1,4}namespace[ \t]{1,4}\w/, 2.5),
  ],
  csharp: [
    f(/^[ \t]{0,32}using[ \t]{1,4}System(?:\.[\w.]{1,64})?;/, 3),
    f(/\bConsole\.(?:WriteLine|Write|ReadLine|ReadKey)\(/, 2.5),
    f(/^[ \t]{0,32}namespace[ \t]{1,4}[\w.]{1,128}[ \t]{0,4}[;{]?[ \t]{0,4}$/, 1.2),
    f(/\b(?:public|private|protected|internal)[ \t]{1,4}(?:static[ \t]{1,4})?(?:async[ \t]{1,4})?(?:override[ \t]{1,4})?(?:void|string|int|bool|Task|class|var)\b/, 1.2),
    f(/\{[ \t]{0,4}get;[ \t]{0,4}(?:private[ \t]{1,4})?set;[ \t]{0,4}\}/, 2.5),
    f(/\bvar[ \t]{1,4}\w{1,64}[ \t]{0,4}=[ \t]{0,4}new\b/, 1.2),
  ],
  java: [
    f(/\bSystem\.out\.print(?:ln|f)?\(/, 2.5),
    f(/^[ \t]{0,32}import[ \t]{1,4}(?:static[ \t]{1,4})?javax?\.[\w.*]{1,128};/, 3),
    f(/^[ \t]{0,32}package[ \t]{1,4}[a-z][\w.]{0,128};/, 2),
    f(/\bpublic[ \t]{1,4}static[ \t]{1,4}void[ \t]{1,4}main[ \t]{0,4}\(/, 3),
    f(/\b(?:public|private|protected)[ \t]{1,4}(?:static[ \t]{1,4})?(?:final[ \t]{1,4})?(?:class|void|String|int|boolean)\b/, 1.2),
    f(/^[ \t]{0,32}@(?:Override|Test|Autowired|Bean|Entity|Component|Service)\b/, 2),
    f(/\bnew[ \t]{1,4}[A-Z]\w{0,64}[<(]/, 0.7),
  ],
  go: [
    f(/^[ \t]{0,8}package[ \t]{1,4}[a-z]\w{0,32}[ \t]{0,4}$/, 2.5),
    f(/^[ \t]{0,32}func[ \t]{1,4}(?:\([^)\n]{0,100}\)[ \t]{0,4})?[A-Za-z_]\w{0,64}[ \t]{0,4}\(/, 2.5),
    f(/\w[ \t]{0,4}:=[ \t]{0,4}\S/, 1),
    f(/\bfmt\.[A-Z]\w{0,20}\(/, 2.5),
    f(/^[ \t]{0,32}import[ \t]{1,4}(?:\([ \t]{0,4}$|"[\w./-]{1,128}"[ \t]{0,4}$)/, 2),
    f(/\berr[ \t]{0,4}!=[ \t]{0,4}nil\b/, 3),
    f(/\bgo[ \t]{1,4}func\b|^[ \t]{0,32}defer[ \t]/, 2),
  ],
  rust: [
    f(/^[ \t]{0,32}(?:pub(?:\([a-z]{1,16}\))?[ \t]{1,4})?(?:async[ \t]{1,4})?fn[ \t]{1,4}[a-z_]\w{0,64}[ \t]{0,4}(?:<[^>\n]{0,100}>)?\(/, 2.5),
    f(/\blet[ \t]{1,4}mut[ \t]/, 2.5),
    f(/\b(?:println|print|eprintln|format|panic|assert|assert_eq|vec|write|writeln)!(?:\(|\[)/, 2.5),
    f(/^[ \t]{0,32}use[ \t]{1,4}(?:std|crate|super|self|tokio|serde)::/, 2.5),
    f(/^[ \t]{0,32}impl\b/, 2),
    f(/&mut[ \t]|&'[a-z]\w{0,16}[ \t]/, 1.5),
    f(/->[ \t]{0,4}(?:Result|Option|Self|String|Vec|i32|i64|u8|u32|u64|usize|bool|&)/, 1.5),
    f(/^[ \t]{0,32}(?:pub[ \t]{1,4})?(?:struct|enum|trait|mod)[ \t]{1,4}[A-Za-z_]\w{0,64}/, 1.2),
    f(/#\[(?:derive|cfg|test|tokio::main)\b/, 3),
    f(/::new\(|\.unwrap\(\)|\bSome\(|\bOk\(/, 1),
  ],
  php: [
    f(/<\?php\b/, 3),
    f(/^[ \t]{0,32}\$[A-Za-z_]\w{0,64}[ \t]{0,4}=[^;\n]{0,500};[ \t]{0,4}$/, 1.2),
    f(/\$this->/, 2.5),
    f(/\bfunction[ \t]{1,4}\w{1,64}[ \t]{0,4}\([ \t]{0,4}(?:\$|\))/, 1.5),
    f(/\b(?:isset|array_\w{1,30}|explode|implode|str_replace|mysqli_\w{1,30}|htmlspecialchars|var_dump|preg_match)[ \t]{0,2}\(/, 1.5),
    f(/^[ \t]{0,32}echo[ \t]{1,4}[^;\n]{1,300};[ \t]{0,4}$/, 1),
    f(/\?>/, 1),
  ],
  html: [
    f(/<!DOCTYPE[ \t]{1,4}html/i, 3),
    f(/<(?:html|head|body|div|span|script|style|p|a|img|ul|ol|li|table|tr|td|th|form|input|button|meta|link|section|header|footer|nav|h[1-6]|iframe|svg|label|select|option|textarea|main|article)\b[^<>\n]{0,300}>/i, 1.5),
    f(/<\/(?:html|head|body|div|span|script|style|p|a|ul|ol|li|table|tr|td|th|form|button|section|header|footer|nav|h[1-6]|iframe|svg|label|select|option|textarea|main|article)>/i, 1.5),
  ],
  ruby: [
    f(/^[ \t]{0,32}def[ \t]{1,4}(?:self\.)?[a-z_]\w{0,64}[?!]?(?:[ \t]{0,4}\([^)\n]{0,200}\))?[ \t]{0,4}$/, 1.5),
    f(/^[ \t]{0,32}end[ \t]{0,4}$/, 1),
    f(/^[ \t]{0,32}puts[ \t]/, 1.5),
    f(/^[ \t]{0,32}require(?:_relative)?[ \t]{1,4}['"]/, 2),
    f(/\bdo[ \t]{0,4}\|[^|\n]{1,64}\|/, 2.5),
    f(/\battr_(?:accessor|reader|writer)\b/, 3),
    f(/^[ \t]{0,32}class[ \t]{1,4}[A-Z]\w{0,64}(?:[ \t]{0,4}<[ \t]{0,4}[A-Z][\w:]{0,64})?[ \t]{0,4}$/, 1.5),
    f(/^[ \t]{0,32}module[ \t]{1,4}[A-Z]\w{0,64}[ \t]{0,4}$/, 2),
    f(/\.nil\?|\belsif\b|^[ \t]{0,32}unless[ \t]/, 2),
    f(/:\w{1,64}[ \t]{0,4}=>/, 1),
  ],
});

/**
 * Features of code in general: statement terminators, braces, assignments. They add to the line's
 * strength but name no language.
 *
 * @example
 * ```ts
 * GENERIC_FEATURES.some((x) => x.re.test('  return total;')); // true
 * ```
 */
export const GENERIC_FEATURES: readonly LineFeature[] = Object.freeze([
  f(/;[ \t]{0,4}$/, 0.5),
  f(/[{(\[][ \t]{0,4}$/, 0.6),
  f(/^[ \t]{0,32}[}\])]{1,4}[;,)]{0,2}[ \t]{0,4}$/, 0.6),
  f(/^[ \t]{0,32}[A-Za-z_][\w.[\]'"]{0,64}[ \t]{0,4}(?:[-+*/%|&]|\*\*|\/\/)?=[ \t]{0,4}[^=\s]/, 0.6),
  f(/\b[a-z_]\w{0,40}\([^()\n]{0,100}\)/, 0.3),
  f(/^[ \t]{0,32}\}[ \t]{0,4}(?:else|catch|finally)\b/, 0.8),
]);

/**
 * A line that continues a code region without being code on its own: closers, comments, `end`.
 *
 * @example
 * ```ts
 * CONTINUATION_LINE.test('  });'); // true
 * ```
 */
export const CONTINUATION_LINE = /^[ \t]{0,64}(?:[}\])]{1,4}[;,)]{0,2}|end|fi|done|esac|#[^\n]{0,400}|\/\/[^\n]{0,400}|\/\*[^\n]{0,400}|\*[^\n]{0,400}|--[ \t][^\n]{0,400}|<!--[^\n]{0,400})[ \t]{0,4}$/;

/**
 * Characters prose almost never contains; their presence vetoes the prose test.
 *
 * @example
 * ```ts
 * CODE_CHARS.test('a = b;'); // true
 * ```
 */
export const CODE_CHARS = /[{}=<>$|`;[\]\\]/;

/**
 * One word of prose: letters, an apostrophe, surrounding brackets or quotes, trailing punctuation.
 *
 * @example
 * ```ts
 * PROSE_TOKEN.test('(hello,'); // true
 * ```
 */
export const PROSE_TOKEN = /^[("'“‘]?[A-Za-z][a-z'’]{0,24}[)"'”’]?[,.!?:;]?$/;

/**
 * A name directly followed by `(`: call syntax, which prose does not use.
 *
 * @example
 * ```ts
 * CALL_SYNTAX.test('open(path)'); // true
 * ```
 */
export const CALL_SYNTAX = /\w\(/;

/**
 * English function words: sentences are full of them, commands and statements almost never contain
 * them. Keywords of the supported languages (`for`, `in`, `if`, `from`, `as`, `not`, `and`, `or`,
 * `with`, `do`) are left out on purpose.
 *
 * @example
 * ```ts
 * FUNCTION_WORDS.has('the'); // true
 * ```
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'to', 'of', 'is', 'are', 'was', 'were', 'be', 'been', 'you', 'your', 'i', 'we', 'my', 'me', 'our', 'us', 'it',
  "it's", "i'm", "don't", 'this', 'that', 'these', 'those', 'on', 'at', 'please', 'can', 'could', 'will', 'would', 'should', 'have',
  'has', 'had', 'what', 'how', 'when', 'why', 'there', 'they', 'he', 'she', 'his', 'her', 'their', 'them', 'about', 'into', 'than',
  'then', 'but', 'so', 'just', 'very', 'some', 'any', 'all', 'also', 'because', 'which', 'who',
]);

/**
 * Whitespace between tokens of a line.
 *
 * @example
 * ```ts
 * 'ls  -la'.split(SPACE_RUN); // ['ls', '-la']
 * ```
 */
export const SPACE_RUN = /[ \t]{1,256}/;

/**
 * A code fence opener (CommonMark: up to three spaces, then three or more backticks or tildes) with an
 * optional info string whose first word names the language.
 *
 * @example
 * ```ts
 * FENCE_OPEN.exec('```python')?.[2]; // 'python'
 * ```
 */
export const FENCE_OPEN = /^ {0,3}(`{3,64}|~{3,64})[ \t]{0,8}([^\s`]{0,40})/;

/**
 * Inline code: one backtick pair on a line (double backticks and fences are not inline spans here).
 *
 * @example
 * ```ts
 * INLINE_CODE.exec('run `npm test` now')?.[1]; // 'npm test'
 * ```
 */
export const INLINE_CODE = /(?<!`)`([^`\r\n]{1,500})`(?!`)/;

/**
 * A shebang line; group 1 is the interpreter (`bash`, `python3`, `node`…).
 *
 * @example
 * ```ts
 * SHEBANG.exec('#!/usr/bin/env python3')?.[1]; // 'python3'
 * ```
 */
export const SHEBANG = /^#![ \t]{0,4}\/(?:usr\/)?(?:local\/)?bin\/(?:env[ \t]{1,4})?([a-z]{1,16})/;

/**
 * Shell: a command-line flag (`-rf`, `--force`, `-9`).
 *
 * @example
 * ```ts
 * SHELL_FLAG.test(' -rf /'); // true
 * ```
 */
export const SHELL_FLAG = /(?:^|[ \t])--?[A-Za-z0-9][\w-]{0,30}(?:=|[ \t]|$)/;

/**
 * Shell: an argument that is a path (`/etc`, `~/x`, `./build`).
 *
 * @example
 * ```ts
 * SHELL_PATH.test(' ./build'); // true
 * ```
 */
export const SHELL_PATH = /(?:^|[ \t])["']?(?:~|\.{1,2})?\/[\w.~*$-]/;

/**
 * Shell: a pipe into another command (not `||`).
 *
 * @example
 * ```ts
 * SHELL_PIPE.test('ps aux | grep node'); // true
 * ```
 */
export const SHELL_PIPE = /[^|]\|[ \t]{0,4}[a-z]/;

/**
 * Shell: a variable (`$HOME`, `${name}`).
 *
 * @example
 * ```ts
 * SHELL_VAR.test('cd $HOME'); // true
 * ```
 */
export const SHELL_VAR = /\$\{?[A-Za-z_]\w{0,64}/;

/**
 * Shell: an output redirection (`> out.txt`, `2>>log`).
 *
 * @example
 * ```ts
 * SHELL_REDIRECT.test(' > out.txt'); // true
 * ```
 */
export const SHELL_REDIRECT = /(?:^|[ \t])\d?>{1,2}[ \t]{0,4}[\w/~.$&]/;

/**
 * Shell: a file-looking argument (`notes.txt`).
 *
 * @example
 * ```ts
 * SHELL_FILE_ARG.test(' notes.txt'); // true
 * ```
 */
export const SHELL_FILE_ARG = /[ \t][\w-]{1,64}\.[a-z0-9]{1,8}(?:[ \t]|$)/;

/**
 * Shell: package manager and tool sub-commands that make a line a command even without flags
 * (`npm install express`, `git push origin main`).
 *
 * @example
 * ```ts
 * SHELL_SUBCOMMAND.test('npm install express'); // true
 * ```
 */
export const SHELL_SUBCOMMAND =
  /^(?:npm|yarn|pnpm)[ \t]{1,4}(?:install|i|add|run|ci|test|start|init|publish|exec|remove|uninstall)\b|^pip3?[ \t]{1,4}(?:install|uninstall|freeze|list)\b|^git[ \t]{1,4}(?:clone|commit|push|pull|checkout|switch|status|add|log|diff|merge|rebase|reset|branch|fetch|init|stash|tag|remote|cherry-pick)\b|^docker(?:-compose)?[ \t]{1,4}(?:run|build|ps|exec|compose|pull|push|images|rm|rmi|stop|start|logs|up|down)\b|^kubectl[ \t]{1,4}(?:get|apply|delete|describe|logs|exec|create|rollout|port-forward)\b|^(?:apt|apt-get|yum|dnf|brew|pacman)[ \t]{1,4}(?:install|update|upgrade|remove|purge|search|-S)\b|^(?:cargo|go)[ \t]{1,4}(?:build|run|test|install|get|mod|new|add)\b|^systemctl[ \t]{1,4}(?:start|stop|restart|enable|disable|status|reload)\b/;

/**
 * Commands that start shell lines. Lower case only: shells are case-sensitive, sentences are not.
 *
 * @example
 * ```ts
 * SHELL_COMMANDS.has('grep'); // true
 * ```
 */
export const SHELL_COMMANDS: ReadonlySet<string> = new Set([
  'ls', 'cd', 'rm', 'mv', 'cp', 'mkdir', 'rmdir', 'chmod', 'chown', 'chgrp', 'grep', 'egrep', 'rg', 'find', 'cat', 'less', 'head', 'tail',
  'echo', 'printf', 'export', 'curl', 'wget', 'apt', 'apt-get', 'yum', 'dnf', 'pacman', 'brew', 'pip', 'pip3', 'npm', 'npx', 'yarn', 'pnpm',
  'git', 'docker', 'docker-compose', 'kubectl', 'helm', 'ssh', 'scp', 'rsync', 'tar', 'gzip', 'gunzip', 'zip', 'unzip', 'make', 'cmake',
  'systemctl', 'service', 'journalctl', 'kill', 'killall', 'pkill', 'ps', 'top', 'htop', 'sed', 'awk', 'xargs', 'tee', 'touch', 'ln',
  'source', 'alias', 'dd', 'mkfs', 'mount', 'umount', 'nc', 'ncat', 'netcat', 'bash', 'sh', 'zsh', 'python', 'python3', 'node', 'deno',
  'bun', 'go', 'cargo', 'rustc', 'gcc', 'g++', 'clang', 'javac', 'mvn', 'gradle', 'openssl', 'base64', 'sudo', 'su', 'useradd',
  'usermod', 'passwd', 'crontab', 'iptables', 'ufw', 'nmap', 'ping', 'traceroute', 'dig', 'nslookup', 'ifconfig', 'ip', 'netstat', 'ss',
  'lsof', 'df', 'du', 'free', 'uname', 'whoami', 'which', 'env', 'nohup', 'tmux', 'vim', 'nano', 'terraform', 'aws', 'gcloud', 'az',
  'heroku', 'vercel', 'conda', 'poetry', 'composer', 'gem', 'bundle', 'rake', 'rails', 'perl', 'php', 'sqlite3', 'psql', 'mysql',
  'redis-cli', 'mongosh', 'shutdown', 'reboot', 'jq', 'diff', 'wc', 'sort', 'uniq', 'cut', 'tr', 'sleep', 'exec', 'eval', 'unset',
  'pwd', 'socat', 'mkfifo', 'systemd-run', 'chattr', 'shred', 'wipefs', 'fdisk', 'parted', 'history', 'set',
]);

/**
 * Fence info strings and their language. Unknown info strings (`text`, `console-output`, `json`) leave the
 * language to the content heuristics.
 *
 * @example
 * ```ts
 * LANGUAGE_ALIASES['py']; // 'python'
 * ```
 */
export const LANGUAGE_ALIASES: Readonly<Record<string, CodeLanguage>> = Object.freeze({
  sh: 'shell', bash: 'shell', zsh: 'shell', shell: 'shell', console: 'shell', shellsession: 'shell', ksh: 'shell', fish: 'shell', bat: 'shell', cmd: 'shell', batch: 'shell',
  py: 'python', python: 'python', python3: 'python', py3: 'python', ipython: 'python', pycon: 'python',
  js: 'javascript', javascript: 'javascript', jsx: 'javascript', mjs: 'javascript', cjs: 'javascript', node: 'javascript',
  ts: 'typescript', typescript: 'typescript', tsx: 'typescript',
  sql: 'sql', mysql: 'sql', postgres: 'sql', postgresql: 'sql', psql: 'sql', sqlite: 'sql', plsql: 'sql', tsql: 'sql', pgsql: 'sql',
  ps: 'powershell', ps1: 'powershell', powershell: 'powershell', pwsh: 'powershell',
  c: 'c', h: 'c',
  cpp: 'cpp', 'c++': 'cpp', cc: 'cpp', cxx: 'cpp', hpp: 'cpp',
  cs: 'csharp', csharp: 'csharp', 'c#': 'csharp',
  java: 'java',
  go: 'go', golang: 'go',
  rs: 'rust', rust: 'rust',
  php: 'php',
  html: 'html', htm: 'html', xhtml: 'html', vue: 'html', svelte: 'html',
  rb: 'ruby', ruby: 'ruby',
});

/**
 * Shebang interpreters and their language.
 *
 * @example
 * ```ts
 * SHEBANG_LANGUAGES['python3']; // 'python'
 * ```
 */
export const SHEBANG_LANGUAGES: Readonly<Record<string, CodeLanguage>> = Object.freeze({
  sh: 'shell', bash: 'shell', zsh: 'shell', ksh: 'shell', dash: 'shell', fish: 'shell',
  python: 'python', python3: 'python', python2: 'python', node: 'javascript', deno: 'typescript', bun: 'javascript',
  ruby: 'ruby', php: 'php', pwsh: 'powershell',
});

// ---------------------------------------------------------------------------------------------------
// Dangerous commands
// ---------------------------------------------------------------------------------------------------

/**
 * A destructive or hostile command: `re` finds a candidate, `verify` (if any) confirms it.
 *
 * @example
 * ```ts
 * const p: DangerousPattern = { name: 'fork-bomb', re: /:\(\)\{/, language: 'shell' };
 * ```
 */
export interface DangerousPattern {
  /** Label suffix: `dangerous:<name>`. */
  readonly name: string;
  readonly re: RegExp;
  /** Language of a region created around this command when it stands outside any code region. */
  readonly language: CodeLanguage;
  /**
   * Confirms a candidate and may move its ends: returns the dangerous span relative to the match start
   * (`start` may be negative to take in part of `before`), or undefined to reject. `before` is the text
   * from the start of the line up to the match, `after` the text that follows it (each at most 600 chars).
   */
  readonly verify?: (match: string, before: string, after: string) => RelativeSpan | undefined;
  /**
   * Precheck in conjunctive normal form: for every group, at least one of its literals occurs in the
   * text. Each group lists literals that every accepted finding needs (inside the match, or in what
   * `verify` insists on seeing), so a text failing a group cannot produce this pattern and the
   * scanner skips its regex. A literal with no upper-case letter is looked up in the lower-cased
   * text (ASCII letters in an `i`-flag pattern without `u` match ASCII letters only, and lower-casing
   * keeps an ASCII run contiguous, so this is a superset of both case modes); one with an upper-case
   * letter is looked up as written, for case-sensitive patterns (`DROP`). Groups run in order, so
   * the ones led by rare punctuation (a fast `indexOf`) come first and the word groups only run
   * when those pass.
   */
  readonly triggers: readonly (readonly string[])[];
}

/**
 * A span relative to the start of a regex match.
 *
 * @example
 * ```ts
 * const wider: RelativeSpan = { start: -5, end: 12 }; // five characters before the match
 * ```
 */
export interface RelativeSpan {
  readonly start: number;
  readonly end: number;
}

/** Keep `[0, len)` of the match; reject when `len` is 0. */
function keep(len: number): RelativeSpan | undefined {
  return len > 0 ? { start: 0, end: len } : undefined;
}

/**
 * `rm` with its arguments (quotes allowed, stopped by shell operators).
 *
 * @example
 * ```ts
 * RM_COMMAND.exec('rm -rf / ; ls')?.[0]; // 'rm -rf /'
 * ```
 */
export const RM_COMMAND = /\brm(?:[ \t]{1,8}[^\s;&|<>`()]{1,256}){1,12}/;

/**
 * `mkfs` / `mkfs.ext4` with its arguments.
 *
 * @example
 * ```ts
 * MKFS_COMMAND.test('mkfs.ext4 /dev/sdb1'); // true
 * ```
 */
export const MKFS_COMMAND = /\bmkfs(?:\.[a-z0-9]{1,10})?(?:[ \t]{1,8}[^\s;&|<>`]{1,128}){1,8}/;

/**
 * `dd` with its operands.
 *
 * @example
 * ```ts
 * DD_COMMAND.test('dd if=a of=b'); // true
 * ```
 */
export const DD_COMMAND = /\bdd(?:[ \t]{1,8}[^\s;&|<>`]{1,256}){1,10}/;

/**
 * A `dd` output operand that is a whole disk.
 *
 * @example
 * ```ts
 * DD_DISK_TARGET.test('of=/dev/sda'); // true
 * ```
 */
export const DD_DISK_TARGET = /^of=\/dev\/(?:sd[a-z]|hd[a-z]|nvme\d|xvd[a-z]|vd[a-z]|mmcblk\d|disk\d|da\d|ada\d)/;

/**
 * `chmod` / `chown` with arguments.
 *
 * @example
 * ```ts
 * CHMOD_COMMAND.test('chmod -R 777 /'); // true
 * ```
 */
export const CHMOD_COMMAND = /\bch(?:mod|own)(?:[ \t]{1,8}[^\s;&|<>`]{1,128}){2,8}/;

/**
 * A world-writable mode.
 *
 * @example
 * ```ts
 * WORLD_WRITABLE_MODE.test('777'); // true
 * ```
 */
export const WORLD_WRITABLE_MODE = /^(?:0?777|0?666|a\+rwx|ugo\+rwx|a\+w|o\+w)$/;

/**
 * `Remove-Item` with its arguments.
 *
 * @example
 * ```ts
 * REMOVE_ITEM_COMMAND.test('Remove-Item -Recurse C:\\'); // true
 * ```
 */
export const REMOVE_ITEM_COMMAND = /\bRemove-Item\b[^\n;|]{1,256}/i;

/**
 * A `Remove-Item` target that is a drive root, the Windows folder or the profile.
 *
 * @example
 * ```ts
 * REMOVE_ITEM_ROOT.test(' -Force C:\\'); // true
 * ```
 */
export const REMOVE_ITEM_ROOT = /(?:^|[ \t])["']?(?:[A-Za-z]:\\?\*?|[A-Za-z]:\\Windows\b\\?|\$env:(?:SystemRoot|SystemDrive|USERPROFILE|HOMEDRIVE)\\?\*?|~\\?\*?)["']?(?=[ \t]|$)/i;

/**
 * `DELETE FROM table` (whether a `WHERE` follows is checked in code).
 *
 * @example
 * ```ts
 * DELETE_FROM.exec('DELETE FROM users;')?.[0]; // 'DELETE FROM users'
 * ```
 */
export const DELETE_FROM = /\bDELETE[ \t]{1,8}FROM[ \t]{1,8}[\w."`[\]]{1,128}/i;

/**
 * A `WHERE` clause.
 *
 * @example
 * ```ts
 * SQL_WHERE.test(' where id = 1'); // true
 * ```
 */
export const SQL_WHERE = /\bwhere\b/i;

const CRITICAL_PATHS: ReadonlySet<string> = new Set([
  '/', '/*', '~', '~/', '~/*', '$HOME', '$HOME/', '$HOME/*', '${HOME}', '${HOME}/', '${HOME}/*', '/home', '/etc', '/usr', '/var', '/boot',
  '/bin', '/sbin', '/lib', '/lib64', '/opt', '/root', '/sys', '/proc', '/dev', '/srv', '/mnt', '/Users', '/System', '/Applications',
]);

function unquote(token: string): string {
  let t = token;
  while (t.length > 0 && `'"`.includes(t[0] as string)) t = t.slice(1);
  while (t.length > 0 && `'",;`.includes(t[t.length - 1] as string)) t = t.slice(0, -1);
  return t;
}

function isCriticalPath(token: string): boolean {
  const t = unquote(token);
  if (CRITICAL_PATHS.has(t)) return true;
  const trimmed = t.endsWith('/*') ? t.slice(0, -2) : t.endsWith('/') ? t.slice(0, -1) : t;
  return trimmed !== t && CRITICAL_PATHS.has(trimmed);
}

/** Split a matched command into its tokens with their end offsets. */
function tokens(match: string): Array<{ text: string; end: number }> {
  const out: Array<{ text: string; end: number }> = [];
  let i = 0;
  while (i < match.length) {
    while (i < match.length && (match[i] === ' ' || match[i] === '\t')) i++;
    const s = i;
    while (i < match.length && match[i] !== ' ' && match[i] !== '\t') i++;
    if (i > s) out.push({ text: match.slice(s, i), end: i });
  }
  return out;
}

function verifyRm(match: string): number {
  const toks = tokens(match).slice(1);
  let recursive = false;
  let noPreserve = false;
  let end = 0;
  for (const t of toks) {
    const x = unquote(t.text);
    if (x === '--no-preserve-root') {
      noPreserve = true;
      end = t.end;
    } else if (x === '--recursive' || (x.startsWith('-') && !x.startsWith('--') && (x.includes('r') || x.includes('R')))) {
      recursive = true;
      end = Math.max(end, t.end);
    } else if (x.startsWith('-')) {
      end = Math.max(end, t.end);
    } else if (isCriticalPath(t.text)) {
      if (recursive || noPreserve) end = t.end;
      if (recursive) return cut(match, end);
    } else if (end > 0 && !x.startsWith('/') && !x.startsWith('~') && !x.startsWith('$') && !x.startsWith('.')) {
      break; // prose after the command ("rm -rf / on a server")
    }
  }
  return noPreserve ? cut(match, end) : 0;
}

/** Shorten a token end so a closing quote or parenthesis of surrounding code stays outside the span. */
function cut(match: string, end: number): number {
  let e = end;
  while (e > 0 && `'",;)`.includes(match[e - 1] as string)) e--;
  return e;
}

function verifyMkfs(match: string): number {
  const t = tokens(match).find((x) => unquote(x.text).startsWith('/dev/'));
  return t === undefined ? 0 : cut(match, t.end);
}

function verifyDd(match: string): number {
  const t = tokens(match).find((x) => DD_DISK_TARGET.test(unquote(x.text)));
  return t === undefined ? 0 : cut(match, t.end);
}

function verifyChmod(match: string): number {
  const toks = tokens(match);
  const isChmod = toks[0]?.text === 'chmod';
  const recursive = toks.some((t) => t.text === '--recursive' || (t.text.startsWith('-') && !t.text.startsWith('--') && t.text.includes('R')));
  if (!recursive) return 0;
  if (isChmod && !toks.some((t) => WORLD_WRITABLE_MODE.test(unquote(t.text)))) return 0;
  const target = toks.find((t, k) => k > 0 && isCriticalPath(t.text));
  return target === undefined ? 0 : cut(match, target.end);
}

function verifyRemoveItem(match: string): number {
  if (!match.toLowerCase().includes('-recurse')) return 0;
  return REMOVE_ITEM_ROOT.test(match) ? cut(match, match.trimEnd().length) : 0;
}

/**
 * A blank line (statement boundary for SQL without a semicolon).
 *
 * @example
 * ```ts
 * BLANK_LINE.test('a\n\nb'); // true
 * ```
 */
export const BLANK_LINE = /\n[ \t]{0,64}\r?\n/;

/** `DELETE FROM t` is dangerous when the statement ends right after the table name (no `WHERE`). */
function verifyDelete(match: string, after: string): number {
  let rest = after;
  const semi = rest.indexOf(';');
  if (semi >= 0) rest = rest.slice(0, semi);
  const blank = rest.search(BLANK_LINE);
  if (blank >= 0) rest = rest.slice(0, blank);
  const fence = rest.indexOf('```');
  if (fence >= 0) rest = rest.slice(0, fence);
  if (rest.trim() === '') return match.length;
  return 0;
}

/**
 * A pipe into a shell or interpreter (`| sudo bash`, `| python3`); what feeds it is checked in code.
 *
 * @example
 * ```ts
 * PIPE_TO_INTERPRETER.test('curl -s x | sh'); // true
 * ```
 */
export const PIPE_TO_INTERPRETER = /\|[ \t]{0,4}(?:sudo[ \t]{1,8}(?:-[A-Za-z]{1,4}[ \t]{1,8}){0,3})?(?:(?:ba|z|da|k|fi)?sh|python3?|perl|ruby|node)\b/;

/**
 * Programs that download: `curl … | sh` runs whatever the server sends.
 *
 * @example
 * ```ts
 * DOWNLOADERS.test('wget -qO- x'); // true
 * ```
 */
export const DOWNLOADERS = /\b(?:curl|wget)\b/;

/**
 * Base64 decoding: `echo … | base64 -d | sh` runs a hidden payload.
 *
 * @example
 * ```ts
 * BASE64_DECODE.test('base64 -d'); // true
 * ```
 */
export const BASE64_DECODE = /\bbase64[ \t]{1,8}(?:-d|--decode|-D)\b/;

/**
 * A PowerShell download cmdlet or method.
 *
 * @example
 * ```ts
 * PS_DOWNLOAD.test('(New-Object Net.WebClient).DownloadString(u)'); // true
 * ```
 */
export const PS_DOWNLOAD = /\b(?:DownloadString|DownloadFile|iwr|irm|Invoke-WebRequest|Invoke-RestMethod)\b/i;

/**
 * PowerShell's "run this string" (`iex`).
 *
 * @example
 * ```ts
 * PS_INVOKE_EXPRESSION.test('| iex'); // true
 * ```
 */
export const PS_INVOKE_EXPRESSION = /\b(?:iex|Invoke-Expression)\b/i;

/**
 * An `-EncodedCommand` argument with its base64 payload.
 *
 * @example
 * ```ts
 * PS_ENCODED_ARG.test(' -enc SQBFAFgAIAAoAE4AZQB3AC0A'); // true
 * ```
 */
export const PS_ENCODED_ARG = /[ \t]-(?:e|ec|enc|encodedcommand)[ \t]{1,8}[A-Za-z0-9+/=]{16,4096}/i;

/**
 * The PowerShell executable.
 *
 * @example
 * ```ts
 * POWERSHELL_EXE.test('powershell.exe -nop'); // true
 * ```
 */
export const POWERSHELL_EXE = /\b(?:powershell|pwsh)(?:\.exe)?\b/i;

/**
 * `-e /bin/sh` / `-c /bin/bash`: netcat's execute-a-program flags.
 *
 * @example
 * ```ts
 * EXEC_SHELL_FLAG.test('nc -e /bin/sh'); // true
 * ```
 */
export const EXEC_SHELL_FLAG = /[ \t]-[a-zA-Z]{0,6}[ce][ \t]{0,4}\/bin\/(?:ba|z|da)?sh\b/;

/**
 * The netcat family.
 *
 * @example
 * ```ts
 * NETCAT.test('ncat 10.0.0.1 4444'); // true
 * ```
 */
export const NETCAT = /\b(?:nc|ncat|netcat)\b/;

/**
 * socat's `exec:` address running a shell.
 *
 * @example
 * ```ts
 * SOCAT_EXEC_SHELL.test('EXEC:/bin/bash'); // true
 * ```
 */
export const SOCAT_EXEC_SHELL = /\bexec:["']?(?:\/[\w.-]{1,32}){0,4}\/?(?:ba|z|da)?sh\b/i;

/**
 * socat itself.
 *
 * @example
 * ```ts
 * SOCAT.test('socat TCP:h:1 -'); // true
 * ```
 */
export const SOCAT = /\bsocat\b/;

/** Extend a match back to where `word` last appears earlier on the line; reject if it does not. */
function fromWord(match: string, before: string, word: RegExp): RelativeSpan | undefined {
  const at = lastIndexOf(before, word);
  return at < 0 ? undefined : { start: at - before.length, end: match.length };
}

/** Index of the last match of `re` in `s`, or -1. */
function lastIndexOf(s: string, re: RegExp): number {
  let last = -1;
  for (const m of s.matchAll(new RegExp(re.source, `${re.flags.replace('g', '')}g`))) last = m.index;
  return last;
}

/** `IEX (…DownloadString(…))` or `iwr … | iex`: download-and-run, in either order on one line. */
function verifyDownloadExec(match: string, before: string, after: string): RelativeSpan | undefined {
  const back = lastIndexOf(before, PS_INVOKE_EXPRESSION);
  if (back >= 0) return { start: back - before.length, end: match.length + lineLength(after) };
  const nl = after.indexOf('\n');
  const line = nl < 0 ? after : after.slice(0, nl);
  const fwd = lastIndexOf(line, PS_INVOKE_EXPRESSION);
  return fwd < 0 ? undefined : { start: 0, end: match.length + fwd + (PS_INVOKE_EXPRESSION.exec(line.slice(fwd))?.[0].length ?? 0) };
}

/** Length of the rest of the line, without trailing spaces. */
function lineLength(after: string): number {
  const nl = after.indexOf('\n');
  return (nl < 0 ? after : after.slice(0, nl)).trimEnd().length;
}

/**
 * The dangerous-command table. Each entry is a finding of `high` severity: wiping disks or the file
 * system, fork bombs, piping downloads into a shell, reverse shells, decoding-and-running payloads,
 * destroying databases. Mentions count too ("never run `rm -rf /`"): the text carries the command
 * either way, and for responses that is what matters.
 *
 * @example
 * ```ts
 * DANGEROUS_PATTERNS.map((p) => p.name).includes('rm-rf-root'); // true
 * ```
 */
export const DANGEROUS_PATTERNS: readonly DangerousPattern[] = Object.freeze([
  { name: 'rm-rf-root', re: RM_COMMAND, language: 'shell', verify: (m) => keep(verifyRm(m)), triggers: [['/', '~', '$', '--no-preserve-root'], ['-'], ['rm ', 'rm\t']] },
  { name: 'mkfs', re: MKFS_COMMAND, language: 'shell', verify: (m) => keep(verifyMkfs(m)), triggers: [['/dev/'], ['mkfs']] },
  { name: 'dd-disk', re: DD_COMMAND, language: 'shell', verify: (m) => keep(verifyDd(m)), triggers: [['=/dev/'], ['dd ', 'dd\t']] },
  { name: 'fork-bomb', re: /:[ \t]{0,4}\([ \t]{0,4}\)[ \t]{0,4}\{[ \t]{0,4}:[ \t]{0,4}\|[ \t]{0,4}:[ \t]{0,4}&[ \t]{0,4};?[ \t]{0,4}\}[ \t]{0,4};[ \t]{0,4}:/, language: 'shell', triggers: [['{'], ['|'], ['&']] },
  { name: 'fork-bomb', re: /%0[ \t]{0,4}\|[ \t]{0,4}%0/, language: 'shell', triggers: [['%0'], ['|']] },
  { name: 'chmod-recursive-root', re: CHMOD_COMMAND, language: 'shell', verify: (m) => keep(verifyChmod(m)), triggers: [['/', '~', '$'], ['-'], ['chmod', 'chown']] },
  { name: 'pipe-to-shell', re: PIPE_TO_INTERPRETER, language: 'shell', verify: (m, before) => fromWord(m, before, DOWNLOADERS), triggers: [['|'], ['curl', 'wget']] },
  { name: 'eval-encoded', re: PIPE_TO_INTERPRETER, language: 'shell', verify: (m, before) => fromWord(m, before, BASE64_DECODE), triggers: [['|'], ['base64']] },
  { name: 'pipe-to-shell', re: /\b(?:ba|z)?sh[ \t]{1,8}(?:-c[ \t]{1,8})?["']?(?:<\(|\$\()[ \t]{0,4}(?:curl|wget)\b/, language: 'shell', triggers: [['<(', '$('], ['curl', 'wget']] },
  { name: 'download-exec', re: PS_DOWNLOAD, language: 'powershell', verify: verifyDownloadExec, triggers: [['x'], ['iex', '-expression'], ['download', 'iwr', 'irm', '-webrequest', '-restmethod']] },
  { name: 'overwrite-disk', re: />[ \t]{0,4}\/dev\/(?:sd[a-z]|hd[a-z]|nvme\d|xvd[a-z]|vd[a-z]|mmcblk\d|disk\d)/, language: 'shell', triggers: [['/dev/'], ['>']] },
  { name: 'format-drive', re: /\bformat[ \t]{1,8}[a-zA-Z]:(?=[\\/ \t\r\n"']|$)/i, language: 'shell', triggers: [[':'], ['format']] },
  {
    name: 'del-drive',
    re: /\b(?:del|erase|rd|rmdir)(?:[ \t]{1,8}\/[a-zA-Z]){1,6}[ \t]{1,8}"?[a-zA-Z]:\\(?:\*(?:\.\*)?|Windows\\?|Windows\\System32\\?)?"?(?=[\s"']|$)/i,
    language: 'shell',
    triggers: [[':\\'], ['del', 'erase', 'rd', 'rmdir'], ['/']],
  },
  { name: 'remove-item-recurse', re: REMOVE_ITEM_COMMAND, language: 'powershell', verify: (m) => keep(verifyRemoveItem(m)), triggers: [['-recurse'], ['-item']] },
  { name: 'delete-shadow-copies', re: /\b(?:vssadmin(?:\.exe)?[ \t]{1,8}delete[ \t]{1,8}shadows|wmic[ \t]{1,8}shadowcopy[ \t]{1,8}delete)\b/i, language: 'shell', triggers: [['vssadmin', 'wmic'], ['shadow']] },
  { name: 'disable-defender', re: /\bSet-MpPreference\b[^\n]{0,128}-Disable(?:RealtimeMonitoring|BehaviorMonitoring|IOAVProtection)\b/i, language: 'powershell', triggers: [['-mppreference'], ['-disable']] },
  { name: 'drop-database', re: /\bDROP[ \t]{1,8}(?:DATABASE|SCHEMA)\b/, language: 'sql', triggers: [['DROP'], ['DATABASE', 'SCHEMA']] },
  { name: 'drop-database', re: /\bdrop[ \t]{1,8}(?:database|schema)[ \t]{1,8}(?:if[ \t]{1,8}exists[ \t]{1,8})?[\w."`[\]]{1,128}[ \t]{0,4};/i, language: 'sql', triggers: [[';'], ['drop'], ['database', 'schema']] },
  { name: 'drop-table', re: /\bDROP[ \t]{1,8}TABLE\b/, language: 'sql', triggers: [['DROP'], ['TABLE']] },
  { name: 'drop-table', re: /\bdrop[ \t]{1,8}table[ \t]{1,8}(?:if[ \t]{1,8}exists[ \t]{1,8})?[\w."`[\]]{1,128}[ \t]{0,4};/i, language: 'sql', triggers: [[';'], ['drop'], ['table']] },
  { name: 'truncate-table', re: /\bTRUNCATE[ \t]{1,8}(?:TABLE[ \t]{1,8})?[\w."`[\]]{1,128}/, language: 'sql', triggers: [['TRUNCATE']] },
  { name: 'truncate-table', re: /\btruncate[ \t]{1,8}(?:table[ \t]{1,8})?[\w."`[\]]{1,128}[ \t]{0,4};/i, language: 'sql', triggers: [[';'], ['uncate']] },
  { name: 'delete-without-where', re: DELETE_FROM, language: 'sql', verify: (m, _b, a) => keep(verifyDelete(m, a)), triggers: [['delete'], ['from']] },
  {
    name: 'python-os-system-rm',
    re: /\bos\.(?:system|popen)[ \t]{0,4}\([ \t]{0,4}[rbuf]{0,2}["'][ \t]{0,4}(?:sudo[ \t]{1,4})?rm[ \t]{1,8}-[a-zA-Z]{0,4}[rRf]/,
    language: 'python',
    triggers: [['('], ['os.system', 'os.popen'], ['rm']],
  },
  {
    name: 'python-os-system-rm',
    re: /\bsubprocess\.(?:run|call|Popen|check_call|check_output)[ \t]{0,4}\([ \t]{0,4}\[[ \t]{0,4}["']rm["'][ \t]{0,4},[ \t]{0,4}["']-[a-zA-Z]{0,4}[rRf]/,
    language: 'python',
    triggers: [['['], ['('], ['subprocess.'], ['rm']],
  },
  {
    name: 'python-rmtree-root',
    re: /\bshutil\.rmtree[ \t]{0,4}\([ \t]{0,4}[rbuf]{0,2}["'](?:\/|~|[A-Za-z]:\\{1,2}|\/(?:home|etc|usr|var|root|boot|bin|lib)\/?)["']/,
    language: 'python',
    triggers: [['('], ['shutil.rmtree']],
  },
  {
    name: 'eval-encoded',
    re: /\b(?:eval|assert)[ \t]{0,4}\([ \t]{0,4}(?:base64_decode|gzinflate|gzuncompress|str_rot13)[ \t]{0,4}\(/,
    language: 'php',
    triggers: [['('], ['base64_decode', 'gzinflate', 'gzuncompress', 'str_rot13']],
  },
  { name: 'eval-encoded', re: /\b(?:eval|Function)[ \t]{0,4}\([ \t]{0,4}(?:atob|Buffer\.from|unescape)[ \t]{0,4}\(/, language: 'javascript', triggers: [['('], ['atob', 'buffer.from', 'unescape']] },
  {
    name: 'eval-encoded',
    re: /\b(?:eval|exec)[ \t]{0,4}\([ \t]{0,4}(?:base64\.b64decode|b64decode|codecs\.decode|bytes\.fromhex|unhexlify|zlib\.decompress|marshal\.loads)[ \t]{0,4}\(/,
    language: 'python',
    triggers: [['('], ['b64decode', 'codecs.decode', 'bytes.fromhex', 'unhexlify', 'zlib.decompress', 'marshal.loads']],
  },
  { name: 'powershell-encoded', re: PS_ENCODED_ARG, language: 'powershell', verify: (m, before) => fromWord(m, before, POWERSHELL_EXE), triggers: [['-e'], ['powershell', 'pwsh']] },
  { name: 'reverse-shell', re: /\/dev\/(?:tcp|udp)\/[\w.-]{1,253}\/\d{1,5}/, language: 'shell', triggers: [['/dev/tcp/', '/dev/udp/']] },
  { name: 'reverse-shell', re: EXEC_SHELL_FLAG, language: 'shell', verify: (m, before) => fromWord(m, before, NETCAT), triggers: [['/bin/'], ['nc', 'netcat']] },
  { name: 'reverse-shell', re: /\bmkfifo\b[^\n]{0,200}\b(?:nc|ncat|netcat)\b/, language: 'shell', triggers: [['mkfifo'], ['nc', 'netcat']] },
  { name: 'reverse-shell', re: SOCAT_EXEC_SHELL, language: 'shell', verify: (m, before) => fromWord(m, before, SOCAT), triggers: [[':'], ['exec:'], ['socat']] },
  { name: 'reverse-shell', re: /\bpty\.spawn[ \t]{0,4}\([ \t]{0,4}["']\/bin\/(?:ba|z)?sh["']/, language: 'python', triggers: [['/bin/'], ['pty.spawn']] },
  { name: 'reverse-shell', re: /\bNew-Object[ \t]{1,8}(?:System\.)?Net\.Sockets\.TCPClient\b/i, language: 'powershell', triggers: [['-object'], ['.tcpclient']] },
]);
