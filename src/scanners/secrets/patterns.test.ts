import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../errors.js';
import { applyReplacements, runScanner } from '../../testing/context.js';
import { charClassCount, longestTrivialRun, looksRandom, shannonEntropy } from './entropy.js';
import { secretsPatterns } from './patterns.js';
import { base62, crc32, hasCrc32Checksum, isValidBech32, jwtHeader, literalPrefix, SECRET_RULES, secretNameKind } from './rules.js';
import { prng as rng } from '../../testing/random.js';

// ---------------------------------------------------------------------------------------------
// Fake credentials are generated here from each documented format with a seeded PRNG, so no
// key-shaped literal sits in the repository (GitHub push protection and secret scanners stay quiet).
// ---------------------------------------------------------------------------------------------


const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const ALNUM = UPPER + LOWER + DIGITS;

function gen(seed: number) {
  const r = rng(seed);
  const pick = (alphabet: string, n: number): string => {
    let s = '';
    for (let i = 0; i < n; i++) s += alphabet.charAt(Math.floor(r() * alphabet.length));
    return s;
  };
  // Mixed alphabets always contain every class, so class-mix validators pass deterministically.
  const mixed = (alphabet: string, n: number, must: string[]): string => {
    const base = pick(alphabet, n - must.length).split('');
    for (const m of must) base.splice(Math.floor(r() * base.length), 0, pick(m, 1));
    return base.join('');
  };
  return {
    alnum: (n: number) => mixed(ALNUM, n, [UPPER, LOWER, DIGITS]),
    letters: (n: number) => mixed(UPPER + LOWER, n, [UPPER, LOWER]),
    lowerAlnum: (n: number) => mixed(LOWER + DIGITS, n, [LOWER, DIGITS]),
    upperAlnum: (n: number) => mixed(UPPER + DIGITS, n, [UPPER, DIGITS]),
    hex: (n: number) => mixed('0123456789abcdef', n, ['abcdef', DIGITS]),
    digits: (n: number) => pick('123456789', 1) + pick(DIGITS, n - 1),
    b32: (n: number) => mixed('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', n, [UPPER, '234567']),
    url: (n: number) => mixed(`${ALNUM}_-`, n, [UPPER, LOWER, DIGITS]),
    b64: (n: number) => mixed(`${ALNUM}+/`, n, [UPPER, LOWER, DIGITS]),
    pick,
  };
}

const b64url = (s: string): string => btoa(s).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');

/** `ghp_`-style token with a valid CRC-32/base62 checksum. */
function checksummed(prefix: string, g: ReturnType<typeof gen>): string {
  const body = g.alnum(30);
  return prefix + body + base62(crc32(body), 6);
}

/** A valid Bech32 string (BIP-173) for `hrp` and random 5-bit data, upper-cased as age writes it. */
function bech32(hrp: string, g: ReturnType<typeof gen>, dataLen: number): string {
  const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
  const GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  const polymod = (values: number[]): number => {
    let chk = 1;
    for (const v of values) {
      const top = chk >>> 25;
      chk = ((chk & 0x1ffffff) << 5) ^ v;
      for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GEN[i] as number;
    }
    return chk;
  };
  const h = hrp.toLowerCase();
  const expand = [...[...h].map((c) => c.charCodeAt(0) >>> 5), 0, ...[...h].map((c) => c.charCodeAt(0) & 31)];
  const data = [...g.pick(CHARSET, dataLen)].map((c) => CHARSET.indexOf(c));
  const mod = polymod([...expand, ...data, 0, 0, 0, 0, 0, 0]) ^ 1;
  const check = Array.from({ length: 6 }, (_, i) => (mod >>> (5 * (5 - i))) & 31);
  return `${h}1${[...data, ...check].map((v) => CHARSET.charAt(v)).join('')}`.toUpperCase();
}

function jwt(g: ReturnType<typeof gen>, header: object = { alg: 'HS256', typ: 'JWT' }): string {
  return `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify({ sub: `user-${g.digits(6)}`, role: 'admin', iat: 1_700_000_000 }))}.${g.url(43)}`;
}

function pemBody(g: ReturnType<typeof gen>, lines: number, eol = '\n'): string {
  return Array.from({ length: lines }, () => g.b64(64)).join(eol);
}

interface Fixture {
  readonly text: string;
  /** The exact substring the match must cover. */
  readonly secret: string;
}

/** One positive fixture per rule id, built from the documented format. */
const FIXTURES: Record<string, (g: ReturnType<typeof gen>) => Fixture> = {
  'private-key': (g) => {
    const s = `-----BEGIN RSA PRIVATE KEY-----\n${pemBody(g, 6)}\n-----END RSA PRIVATE KEY-----`;
    return { text: `Here is the deploy key:\n${s}\nplease keep it safe`, secret: s };
  },
  'gcp-service-account-key': (g) => {
    const s = `-----BEGIN PRIVATE KEY-----\\n${pemBody(g, 5, '\\n')}\\n-----END PRIVATE KEY-----`;
    return { text: `{"type": "service_account", "project_id": "demo", "private_key": "${s}\\n", "client_email": "bot@demo.iam.example.com"}`, secret: s };
  },
  'putty-private-key': (g) => {
    const s = `PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: laptop\nPublic-Lines: 2\n${g.b64(64)}\n${g.b64(20)}\nPrivate-Lines: 1\n${g.b64(44)}\nPrivate-MAC: ${g.hex(64)}`;
    return { text: `${s}\n`, secret: s };
  },
  jwt: (g) => {
    const s = jwt(g);
    return { text: `the session cookie was ${s} yesterday`, secret: s };
  },
  'db-connection-string': (g) => {
    const s = g.alnum(18);
    return { text: `DATABASE_URL=postgresql://app_user:${s}@db.prod.internal:5432/orders`, secret: s };
  },
  'basic-auth-url': (g) => {
    const s = g.alnum(14);
    return { text: `curl https://deploy:${s}@artifacts.internal.example.net/builds`.replace('.example.net', '.corp.net'), secret: s };
  },
  'url-password-param': (g) => {
    const s = g.alnum(16);
    return { text: `jdbc:mysql://db.corp.net:3306/shop?user=svc&password=${s}&useSSL=true`, secret: s };
  },
  'connection-string-password': (g) => {
    const s = `${g.alnum(12)}!`;
    return { text: `Server=tcp:sql.corp.net,1433;Initial Catalog=Billing;User ID=svc_billing;Password=${s};Encrypt=True;`, secret: s };
  },
  'bearer-token': (g) => {
    const s = g.url(40);
    return { text: `curl -H "Authorization: Bearer ${s}" https://api.corp.net/v2/items`, secret: s };
  },
  'basic-auth-header': (g) => {
    const s = btoa(`svc-reports:${g.alnum(16)}`);
    return { text: `Authorization: Basic ${s}`, secret: s };
  },
  'aws-access-key-id': (g) => {
    const s = `AKIA${g.b32(16)}`;
    return { text: `aws_access_key_id = ${s}`, secret: s };
  },
  'aws-secret-access-key': (g) => {
    const s = g.b64(40);
    return { text: `aws_secret_access_key = ${s}`, secret: s };
  },
  'gcp-api-key': (g) => {
    const s = `AIza${g.url(35)}`;
    return { text: `const mapsKey = "${s}";`, secret: s };
  },
  'google-oauth-client-secret': (g) => {
    const s = `GOCSPX-${g.url(28)}`;
    return { text: `client secret: ${s}`, secret: s };
  },
  'google-oauth-access-token': (g) => {
    const s = `ya29.${g.url(120)}`;
    return { text: `access token ${s} expires in 3599`, secret: s };
  },
  'google-oauth-refresh-token': (g) => {
    const s = `1//0${g.url(96)}`;
    return { text: `refresh: ${s}`, secret: s };
  },
  'azure-storage-account-key': (g) => {
    const s = `${g.b64(86)}==`;
    return { text: `DefaultEndpointsProtocol=https;AccountName=billingstore;AccountKey=${s};EndpointSuffix=core.windows.net`, secret: s };
  },
  'azure-sas-signature': (g) => {
    const s = `${g.alnum(43)}%3D`;
    return { text: `https://billingstore.blob.core.windows.net/c/report.pdf?sv=2022-11-02&ss=b&sp=r&se=2030-01-01&sig=${s}`, secret: s };
  },
  'azure-ad-client-secret': (g) => {
    const s = `${g.alnum(3)}${g.digits(1)}Q~${g.url(34)}`;
    return { text: `AZURE_CLIENT_SECRET="${s}"`, secret: s };
  },
  'azure-devops-pat': (g) => {
    const s = `${g.alnum(76)}AZDO${g.alnum(4)}`;
    return { text: `pat: ${s}`, secret: s };
  },
  'alibaba-access-key-id': (g) => {
    const s = `LTAI${g.alnum(20)}`;
    return { text: `accessKeyId: ${s}`, secret: s };
  },
  'tencent-secret-id': (g) => {
    const s = `AKID${g.alnum(32)}`;
    return { text: `SecretId=${s}`, secret: s };
  },
  'digitalocean-pat': (g) => {
    const s = `dop_v1_${g.hex(64)}`;
    return { text: `doctl auth init -t ${s}`, secret: s };
  },
  'digitalocean-oauth-token': (g) => {
    const s = `doo_v1_${g.hex(64)}`;
    return { text: `token ${s}`, secret: s };
  },
  'digitalocean-refresh-token': (g) => {
    const s = `dor_v1_${g.hex(64)}`;
    return { text: `refresh ${s}`, secret: s };
  },
  'heroku-api-key': (g) => {
    const s = `HRKU-${g.url(60)}`;
    return { text: `heroku token ${s}`, secret: s };
  },
  'heroku-legacy-api-key': (g) => {
    const s = `${g.hex(8)}-${g.hex(4)}-${g.hex(4)}-${g.hex(4)}-${g.hex(12)}`;
    return { text: `HEROKU_API_KEY=${s}`, secret: s };
  },
  'cloudflare-api-token': (g) => {
    const s = g.url(40);
    return { text: `CLOUDFLARE_API_TOKEN=${s}`, secret: s };
  },
  'cloudflare-global-api-key': (g) => {
    const s = g.hex(37);
    return { text: `CF_API_KEY=${s}`, secret: s };
  },
  'cloudflare-origin-ca-key': (g) => {
    const s = `v1.0-${g.hex(24)}-${g.hex(146)}`;
    return { text: `origin ca key ${s}`, secret: s };
  },
  'vercel-token': (g) => {
    const s = g.alnum(24);
    return { text: `VERCEL_TOKEN=${s}`, secret: s };
  },
  'netlify-token': (g) => {
    const s = `nfp_${g.alnum(36)}`;
    return { text: `netlify deploy --auth ${s}`, secret: s };
  },
  'flyio-token': (g) => {
    const s = `fo1_${g.url(43)}`;
    return { text: `FLY_API_TOKEN=${s}`, secret: s };
  },
  'render-api-key': (g) => {
    const s = `rnd_${g.alnum(32)}`;
    return { text: `render key ${s}`, secret: s };
  },
  'neon-api-key': (g) => {
    const s = `napi_${g.lowerAlnum(64)}`;
    return { text: `neon ${s}`, secret: s };
  },
  'supabase-pat': (g) => {
    const s = `sbp_${g.hex(40)}`;
    return { text: `supabase login --token ${s}`, secret: s };
  },
  'supabase-secret-key': (g) => {
    const s = `sb_secret_${g.url(32)}`;
    return { text: `SUPABASE_SECRET=${s}`, secret: s };
  },
  'planetscale-token': (g) => {
    const s = `pscale_tkn_${g.url(43)}`;
    return { text: `PLANETSCALE_SERVICE_TOKEN=${s}`, secret: s };
  },
  'planetscale-password': (g) => {
    const s = `pscale_pw_${g.url(43)}`;
    return { text: `password ${s}`, secret: s };
  },
  'pulumi-token': (g) => {
    const s = `pul-${g.hex(40)}`;
    return { text: `PULUMI_ACCESS_TOKEN=${s}`, secret: s };
  },
  'terraform-cloud-token': (g) => {
    const s = `${g.alnum(14)}.atlasv1.${g.url(67)}`;
    return { text: `token = "${s}"`, secret: s };
  },
  'vault-service-token': (g) => {
    const s = `hvs.${g.url(91)}`;
    return { text: `VAULT_TOKEN=${s}`, secret: s };
  },
  'vault-batch-token': (g) => {
    const s = `hvb.${g.url(140)}`;
    return { text: `batch ${s}`, secret: s };
  },
  'databricks-token': (g) => {
    const s = `dapi${g.hex(32)}`;
    return { text: `databricks token ${s}`, secret: s };
  },
  'dynatrace-token': (g) => {
    const s = `dt0c01.${g.upperAlnum(24)}.${g.upperAlnum(64)}`;
    return { text: `Api-Token ${s}`, secret: s };
  },
  'scalingo-token': (g) => {
    const s = `tk-us-${g.url(48)}`;
    return { text: `scalingo ${s}`, secret: s };
  },
  'github-pat': (g) => {
    const s = checksummed('ghp_', g);
    return { text: `git remote set-url origin https://${s}@github.com/acme/app.git`, secret: s };
  },
  'github-oauth-token': (g) => {
    const s = checksummed('gho_', g);
    return { text: `oauth_token: ${s}`, secret: s };
  },
  'github-user-token': (g) => {
    const s = checksummed('ghu_', g);
    return { text: `"token": "${s}"`, secret: s };
  },
  'github-app-token': (g) => {
    const s = checksummed('ghs_', g);
    return { text: `installation token ${s}`, secret: s };
  },
  'github-refresh-token': (g) => {
    const s = `ghr_${g.alnum(76)}`;
    return { text: `"refresh_token": "${s}"`, secret: s };
  },
  'github-fine-grained-pat': (g) => {
    const s = `github_pat_${g.alnum(22)}_${g.alnum(59)}`;
    return { text: `GH_TOKEN=${s}`, secret: s };
  },
  'gitlab-pat': (g) => {
    const s = `glpat-${g.url(20)}`;
    return { text: `PRIVATE-TOKEN: ${s}`, secret: s };
  },
  'gitlab-deploy-token': (g) => {
    const s = `gldt-${g.url(20)}`;
    return { text: `deploy token ${s}`, secret: s };
  },
  'gitlab-runner-token': (g) => {
    const s = `glrt-${g.url(20)}`;
    return { text: `token = "${s}"`, secret: s };
  },
  'gitlab-token': (g) => {
    const s = `glptt-${g.hex(40)}`;
    return { text: `trigger with ${s}`, secret: s };
  },
  'gitlab-runner-registration-token': (g) => {
    const s = `GR1348941${g.url(20)}`;
    return { text: `--registration-token ${s}`, secret: s };
  },
  'bitbucket-app-password': (g) => {
    const s = `ATBB${g.alnum(32)}`;
    return { text: `bitbucket app password ${s}`, secret: s };
  },
  'bitbucket-access-token': (g) => {
    const s = `ATCTT3${g.url(180)}=${g.hex(8)}`;
    return { text: `repo token ${s}`, secret: s };
  },
  'atlassian-api-token': (g) => {
    const s = `ATATT3${g.url(180)}=${g.hex(8)}`;
    return { text: `JIRA_API_TOKEN=${s}`, secret: s };
  },
  'npm-token': (g) => {
    const s = checksummed('npm_', g);
    return { text: `//registry.npmjs.org/:_authToken=${s}`, secret: s };
  },
  'pypi-token': (g) => {
    const s = `pypi-AgEIcHlwaS5vcmc${g.url(140)}`;
    return { text: `password = ${s}`, secret: s };
  },
  'dockerhub-token': (g) => {
    const s = `dckr_pat_${g.url(27)}`;
    return { text: `docker login -u acme -p ${s}`, secret: s };
  },
  'rubygems-api-key': (g) => {
    const s = `rubygems_${g.hex(48)}`;
    return { text: `:rubygems_api_key: ${s}`, secret: s };
  },
  'nuget-api-key': (g) => {
    const s = `oy2${g.lowerAlnum(43)}`;
    return { text: `dotnet nuget push pkg.nupkg -k ${s}`, secret: s };
  },
  'clojars-token': (g) => {
    const s = `CLOJARS_${g.lowerAlnum(60)}`;
    return { text: `clojars ${s}`, secret: s };
  },
  'crates-io-token': (g) => {
    const s = `cio${g.alnum(32)}`;
    return { text: `cargo login ${s}`, secret: s };
  },
  'jfrog-api-key': (g) => {
    const s = `AKCp${g.alnum(69)}`;
    return { text: `X-JFrog-Art-Api: ${s}`, secret: s };
  },
  'jfrog-reference-token': (g) => {
    const s = `cmVmdGtuOjAxOj${g.alnum(50)}`;
    return { text: `jfrog token ${s}`, secret: s };
  },
  'sonarqube-token': (g) => {
    const s = `squ_${g.hex(40)}`;
    return { text: `sonar.token=${s}`, secret: s };
  },
  'circleci-token': (g) => {
    const s = `CCIPAT_${g.alnum(22)}_${g.hex(40)}`;
    return { text: `Circle-Token: ${s}`, secret: s };
  },
  'travis-ci-token': (g) => {
    const s = g.url(22);
    return { text: `TRAVIS_API_TOKEN=${s}`, secret: s };
  },
  'buildkite-token': (g) => {
    const s = `bkua_${g.hex(40)}`;
    return { text: `buildkite ${s}`, secret: s };
  },
  'sourcegraph-token': (g) => {
    const s = `sgp_${g.hex(16)}_${g.hex(40)}`;
    return { text: `SRC_ACCESS_TOKEN=${s}`, secret: s };
  },
  'harness-pat': (g) => {
    const s = `pat.${g.url(22)}.${g.hex(24)}.${g.alnum(20)}`;
    return { text: `x-api-key: ${s}`, secret: s };
  },
  'infracost-api-key': (g) => {
    const s = `ico-${g.alnum(32)}`;
    return { text: `INFRACOST=${s}`, secret: s };
  },
  'prefect-api-key': (g) => {
    const s = `pnu_${g.alnum(36)}`;
    return { text: `prefect ${s}`, secret: s };
  },
  'readme-api-key': (g) => {
    const s = `rdme_${g.lowerAlnum(70)}`;
    return { text: `readme ${s}`, secret: s };
  },
  'slack-bot-token': (g) => {
    const s = `xoxb-${g.digits(12)}-${g.digits(13)}-${g.alnum(24)}`;
    return { text: `SLACK_BOT_TOKEN=${s}`, secret: s };
  },
  'slack-user-token': (g) => {
    const s = `xoxp-${g.digits(12)}-${g.digits(12)}-${g.digits(13)}-${g.hex(32)}`;
    return { text: `user token ${s}`, secret: s };
  },
  'slack-app-token': (g) => {
    const s = `xapp-1-${g.upperAlnum(11)}-${g.digits(13)}-${g.hex(64)}`;
    return { text: `SLACK_APP_TOKEN=${s}`, secret: s };
  },
  'slack-legacy-token': (g) => {
    const s = `xoxa-2-${g.digits(12)}-${g.alnum(40)}`;
    return { text: `legacy ${s}`, secret: s };
  },
  'slack-config-token': (g) => {
    const s = `xoxe.xoxp-1-${g.alnum(166)}`;
    return { text: `config ${s}`, secret: s };
  },
  'slack-webhook-url': (g) => {
    const s = `https://hooks.slack.com/services/T${g.upperAlnum(10)}/B${g.upperAlnum(10)}/${g.alnum(24)}`;
    return { text: `post alerts to ${s} please`, secret: s };
  },
  'discord-bot-token': (g) => {
    const s = `${b64url(g.digits(18))}.${g.url(6)}.${g.url(38)}`;
    return { text: `client.login("${s}")`, secret: s };
  },
  'discord-webhook-url': (g) => {
    const s = `https://discord.com/api/webhooks/${g.digits(18)}/${g.url(68)}`;
    return { text: `webhook: ${s}`, secret: s };
  },
  'telegram-bot-token': (g) => {
    const s = `${g.digits(10)}:AA${g.url(33)}`;
    return { text: `bot = Bot("${s}")`, secret: s };
  },
  'microsoft-teams-webhook': (g) => {
    const u = () => `${g.hex(8)}-${g.hex(4)}-${g.hex(4)}-${g.hex(4)}-${g.hex(12)}`;
    const s = `https://acme.webhook.office.com/webhookb2/${u()}@${u()}/IncomingWebhook/${g.hex(32)}/${u()}`;
    return { text: `teams hook ${s}`, secret: s };
  },
  'zapier-webhook-url': (g) => {
    const s = `https://hooks.zapier.com/hooks/catch/${g.digits(8)}/${g.lowerAlnum(7)}/`;
    return { text: `zap ${s}`, secret: s };
  },
  'twilio-api-key': (g) => {
    const s = `SK${g.hex(32)}`;
    return { text: `TWILIO_API_KEY=${s}`, secret: s };
  },
  'twilio-account-sid': (g) => {
    const s = `AC${g.hex(32)}`;
    return { text: `account ${s}`, secret: s };
  },
  'twilio-auth-token': (g) => {
    const s = g.hex(32);
    return { text: `TWILIO_AUTH_TOKEN=${s}`, secret: s };
  },
  'sendgrid-api-key': (g) => {
    const s = `SG.${g.url(22)}.${g.url(43)}`;
    return { text: `sendgrid key ${s}`, secret: s };
  },
  'mailgun-api-key': (g) => {
    const s = `key-${g.hex(32)}`;
    return { text: `api:${s}`, secret: s };
  },
  'mailgun-private-key': (g) => {
    const s = `${g.hex(32)}-${g.hex(8)}-${g.hex(8)}`;
    return { text: `MAILGUN_API_KEY=${s}`, secret: s };
  },
  'mailchimp-api-key': (g) => {
    const s = `${g.hex(32)}-us${g.digits(2)}`;
    return { text: `mailchimp ${s}`, secret: s };
  },
  'brevo-api-key': (g) => {
    const s = `xkeysib-${g.hex(64)}-${g.alnum(16)}`;
    return { text: `brevo ${s}`, secret: s };
  },
  'resend-api-key': (g) => {
    const s = `re_${g.alnum(8)}_${g.alnum(24)}`;
    return { text: `RESEND_API_KEY=${s}`, secret: s };
  },
  'mailersend-api-key': (g) => {
    const s = `mlsn.${g.hex(64)}`;
    return { text: `mailersend ${s}`, secret: s };
  },
  'stripe-secret-key': (g) => {
    const s = `sk_live_${g.alnum(99)}`;
    return { text: `Stripe.api_key = "${s}"`, secret: s };
  },
  'stripe-restricted-key': (g) => {
    const s = `rk_live_${g.alnum(99)}`;
    return { text: `key ${s}`, secret: s };
  },
  'stripe-test-key': (g) => {
    const s = `sk_test_${g.alnum(99)}`;
    return { text: `test key ${s}`, secret: s };
  },
  'stripe-publishable-key': (g) => {
    const s = `pk_live_${g.alnum(99)}`;
    return { text: `publishable ${s}`, secret: s };
  },
  'stripe-webhook-secret': (g) => {
    const s = `whsec_${g.alnum(32)}`;
    return { text: `STRIPE_WEBHOOK_SECRET=${s}`, secret: s };
  },
  'square-access-token': (g) => {
    const s = `EAAA${g.url(60)}`;
    return { text: `square ${s}`, secret: s };
  },
  'square-oauth-secret': (g) => {
    const s = `sq0csp-${g.url(43)}`;
    return { text: `square secret ${s}`, secret: s };
  },
  'square-legacy-token': (g) => {
    const s = `sq0atp-${g.url(22)}`;
    return { text: `square token ${s}`, secret: s };
  },
  'braintree-access-token': (g) => {
    const s = `access_token$production$${g.lowerAlnum(16)}$${g.hex(32)}`;
    return { text: `BRAINTREE=${s}`, secret: s };
  },
  'braintree-sandbox-token': (g) => {
    const s = `access_token$sandbox$${g.lowerAlnum(16)}$${g.hex(32)}`;
    return { text: `BRAINTREE=${s}`, secret: s };
  },
  'shopify-access-token': (g) => {
    const s = `shpat_${g.hex(32)}`;
    return { text: `X-Shopify-Access-Token: ${s}`, secret: s };
  },
  'shopify-custom-app-token': (g) => {
    const s = `shpca_${g.hex(32)}`;
    return { text: `shopify ${s}`, secret: s };
  },
  'shopify-private-app-token': (g) => {
    const s = `shppa_${g.hex(32)}`;
    return { text: `shopify ${s}`, secret: s };
  },
  'shopify-shared-secret': (g) => {
    const s = `shpss_${g.hex(32)}`;
    return { text: `shopify ${s}`, secret: s };
  },
  'flutterwave-secret-key': (g) => {
    const s = `FLWSECK-${g.hex(32)}-X`;
    return { text: `flutterwave ${s}`, secret: s };
  },
  'plaid-access-token': (g) => {
    const s = `access-production-${g.hex(8)}-${g.hex(4)}-${g.hex(4)}-${g.hex(4)}-${g.hex(12)}`;
    return { text: `plaid ${s}`, secret: s };
  },
  'shippo-live-token': (g) => {
    const s = `shippo_live_${g.hex(40)}`;
    return { text: `shippo ${s}`, secret: s };
  },
  'shippo-test-token': (g) => {
    const s = `shippo_test_${g.hex(40)}`;
    return { text: `shippo ${s}`, secret: s };
  },
  'easypost-api-key': (g) => {
    const s = `EZAK${g.alnum(54)}`;
    return { text: `easypost ${s}`, secret: s };
  },
  'easypost-test-key': (g) => {
    const s = `EZTK${g.alnum(54)}`;
    return { text: `easypost ${s}`, secret: s };
  },
  'duffel-token': (g) => {
    const s = `duffel_live_${g.url(43)}`;
    return { text: `duffel ${s}`, secret: s };
  },
  'anthropic-api-key': (g) => {
    const s = `sk-ant-api03-${g.url(93)}AA`;
    return { text: `ANTHROPIC_API_KEY=${s}`, secret: s };
  },
  'anthropic-admin-key': (g) => {
    const s = `sk-ant-admin01-${g.url(93)}AA`;
    return { text: `admin key ${s}`, secret: s };
  },
  'openrouter-api-key': (g) => {
    const s = `sk-or-v1-${g.hex(64)}`;
    return { text: `OPENROUTER_API_KEY=${s}`, secret: s };
  },
  'openai-api-key': (g) => {
    const s = `sk-proj-${g.url(74)}T3BlbkFJ${g.url(74)}`;
    return { text: `OPENAI_API_KEY=${s}`, secret: s };
  },
  'huggingface-token': (g) => {
    const s = `hf_${g.letters(34)}`;
    return { text: `huggingface-cli login --token ${s}`, secret: s };
  },
  'huggingface-org-token': (g) => {
    const s = `api_org_${g.letters(34)}`;
    return { text: `org token ${s}`, secret: s };
  },
  'groq-api-key': (g) => {
    const s = `gsk_${g.alnum(52)}`;
    return { text: `GROQ_API_KEY=${s}`, secret: s };
  },
  'replicate-api-token': (g) => {
    const s = `r8_${g.alnum(37)}`;
    return { text: `REPLICATE_API_TOKEN=${s}`, secret: s };
  },
  'perplexity-api-key': (g) => {
    const s = `pplx-${g.alnum(48)}`;
    return { text: `perplexity ${s}`, secret: s };
  },
  'xai-api-key': (g) => {
    const s = `xai-${g.alnum(80)}`;
    return { text: `XAI_API_KEY=${s}`, secret: s };
  },
  'langsmith-api-key': (g) => {
    const s = `lsv2_pt_${g.hex(32)}_${g.hex(10)}`;
    return { text: `LANGSMITH_API_KEY=${s}`, secret: s };
  },
  'tavily-api-key': (g) => {
    const s = `tvly-dev-${g.alnum(32)}`;
    return { text: `tavily ${s}`, secret: s };
  },
  'pinecone-api-key': (g) => {
    const s = `pcsk_${g.alnum(5)}_${g.alnum(65)}`;
    return { text: `pinecone ${s}`, secret: s };
  },
  'elevenlabs-api-key': (g) => {
    const s = `sk_${g.hex(48)}`;
    return { text: `xi-api-key: ${s}`, secret: s };
  },
  'firecrawl-api-key': (g) => {
    const s = `fc-${g.hex(32)}`;
    return { text: `firecrawl ${s}`, secret: s };
  },
  'cohere-api-key': (g) => {
    const s = g.alnum(40);
    return { text: `CO_API_KEY=${s}`, secret: s };
  },
  'wandb-api-key': (g) => {
    const s = g.hex(40);
    return { text: `WANDB_API_KEY=${s}`, secret: s };
  },
  'linear-api-key': (g) => {
    const s = `lin_api_${g.alnum(40)}`;
    return { text: `linear ${s}`, secret: s };
  },
  'linear-oauth-token': (g) => {
    const s = `lin_oauth_${g.hex(64)}`;
    return { text: `linear ${s}`, secret: s };
  },
  'notion-integration-token': (g) => {
    const s = `secret_${g.alnum(43)}`;
    return { text: `notion ${s}`, secret: s };
  },
  'notion-token': (g) => {
    const s = `ntn_${g.digits(11)}${g.alnum(35)}`;
    return { text: `notion ${s}`, secret: s };
  },
  'figma-token': (g) => {
    const s = `figd_${g.url(40)}`;
    return { text: `X-Figma-Token: ${s}`, secret: s };
  },
  'airtable-pat': (g) => {
    const s = `pat${g.alnum(14)}.${g.hex(64)}`;
    return { text: `airtable ${s}`, secret: s };
  },
  'asana-pat': (g) => {
    const s = `2/${g.digits(16)}/${g.digits(16)}:${g.hex(32)}`;
    return { text: `asana ${s}`, secret: s };
  },
  'contentful-token': (g) => {
    const s = `CFPAT-${g.url(43)}`;
    return { text: `contentful ${s}`, secret: s };
  },
  'postman-api-key': (g) => {
    const s = `PMAK-${g.hex(24)}-${g.hex(34)}`;
    return { text: `X-Api-Key: ${s}`, secret: s };
  },
  'doppler-token': (g) => {
    const s = `dp.st.prd.${g.alnum(43)}`;
    return { text: `DOPPLER_TOKEN=${s}`, secret: s };
  },
  'onepassword-service-token': (g) => {
    const s = `ops_${b64url(JSON.stringify({ signInAddress: 'acme.1password.com', email: `${g.lowerAlnum(10)}@acme.corp`, secretKey: g.alnum(40) }))}${g.url(60)}`;
    return { text: `OP_SERVICE_ACCOUNT_TOKEN=${s}`, secret: s };
  },
  'onepassword-secret-key': (g) => {
    const s = `A3-${g.upperAlnum(6)}-${g.upperAlnum(6)}-${g.upperAlnum(5)}-${g.upperAlnum(5)}-${g.upperAlnum(5)}-${g.upperAlnum(5)}`;
    return { text: `my secret key is ${s}`, secret: s };
  },
  'age-secret-key': (g) => {
    const s = bech32('AGE-SECRET-KEY-', g, 52);
    return { text: `# created: today\n${s}\n`, secret: s };
  },
  'grafana-cloud-token': (g) => {
    const s = `glc_${btoa(JSON.stringify({ o: g.digits(6), n: 'stack-reader', k: g.alnum(32), m: { r: 'eu' } }))}`;
    return { text: `GRAFANA_TOKEN=${s}`, secret: s };
  },
  'grafana-service-account-token': (g) => {
    const s = `glsa_${g.alnum(32)}_${g.hex(8)}`;
    return { text: `grafana ${s}`, secret: s };
  },
  'grafana-api-key': (g) => {
    const s = btoa(JSON.stringify({ k: g.alnum(32), n: 'deploy', id: 1 }));
    return { text: `grafana_client("${s}")`, secret: s };
  },
  'newrelic-user-key': (g) => {
    const s = `NRAK-${g.upperAlnum(27)}`;
    return { text: `NEW_RELIC_API_KEY=${s}`, secret: s };
  },
  'newrelic-insert-key': (g) => {
    const s = `NRII-${g.url(32)}`;
    return { text: `insert key ${s}`, secret: s };
  },
  'newrelic-license-key': (g) => {
    const s = `${g.hex(36)}NRAL`;
    return { text: `license_key: ${s}`, secret: s };
  },
  'newrelic-browser-key': (g) => {
    const s = `NRJS-${g.hex(19)}`;
    return { text: `browser key ${s}`, secret: s };
  },
  'sentry-org-token': (g) => {
    const s = `sntrys_${b64url(JSON.stringify({ iat: 1_700_000_000, url: 'https://sentry.io', org: 'acme' }))}_${g.url(43)}`;
    return { text: `SENTRY_AUTH_TOKEN=${s}`, secret: s };
  },
  'sentry-user-token': (g) => {
    const s = `sntryu_${g.hex(64)}`;
    return { text: `sentry ${s}`, secret: s };
  },
  'datadog-api-key': (g) => {
    const s = g.hex(32);
    return { text: `DD_API_KEY=${s}`, secret: s };
  },
  'datadog-app-key': (g) => {
    const s = g.hex(40);
    return { text: `DD_APP_KEY=${s}`, secret: s };
  },
  'okta-api-token': (g) => {
    const s = `00${g.url(40)}`;
    return { text: `Authorization: SSWS ${s}`, secret: s };
  },
  'algolia-api-key': (g) => {
    const s = g.hex(32);
    return { text: `ALGOLIA_ADMIN_API_KEY=${s}`, secret: s };
  },
  'mapbox-secret-token': (g) => {
    const s = `sk.${b64url(JSON.stringify({ u: 'acme', a: g.alnum(12) }))}.${g.url(22)}`;
    return { text: `mapbox ${s}`, secret: s };
  },
  'firebase-fcm-server-key': (g) => {
    const s = `AAAA${g.url(7)}:APA91b${g.url(134)}`;
    return { text: `key=${s}`, secret: s };
  },
  'dropbox-token': (g) => {
    const s = `sl.${g.url(138)}`;
    return { text: `dropbox ${s}`, secret: s };
  },
  'facebook-access-token': (g) => {
    const s = `EAAG${g.alnum(150)}`;
    return { text: `access_token=${s}`, secret: s };
  },
  'twitter-bearer-token': (g) => {
    const s = `${'A'.repeat(21)}${g.alnum(10)}${'A'.repeat(7)}${g.alnum(70)}`;
    return { text: `TWITTER_BEARER=${s}`, secret: s };
  },
  'frameio-token': (g) => {
    const s = `fio-u-${g.url(64)}`;
    return { text: `frameio ${s}`, secret: s };
  },
  'snyk-token': (g) => {
    const s = `${g.hex(8)}-${g.hex(4)}-${g.hex(4)}-${g.hex(4)}-${g.hex(12)}`;
    return { text: `SNYK_TOKEN=${s}`, secret: s };
  },
  'launchdarkly-sdk-key': (g) => {
    const s = `sdk-${g.hex(8)}-${g.hex(4)}-${g.hex(4)}-${g.hex(4)}-${g.hex(12)}`;
    return { text: `launchdarkly ${s}`, secret: s };
  },
  'private-key-base64': (g) => {
    const s = btoa(`-----BEGIN RSA PRIVATE KEY-----\n${pemBody(g, 4)}\n-----END RSA PRIVATE KEY-----\n`);
    return { text: `PRIVATE_KEY_B64=${s}`, secret: s };
  },
  'salesforce-access-token': (g) => {
    const s = `00D${g.alnum(15)}!${g.alnum(40)}.${g.alnum(60)}`;
    return { text: `sfdx token ${s}`, secret: s };
  },
  'mongodb-atlas-service-account': (g) => {
    const s = `mdb_sa_sk_${g.url(40)}`;
    return { text: `atlas ${s}`, secret: s };
  },
  'sonarqube-legacy-token': (g) => {
    const s = g.hex(40);
    return { text: `-Dsonar.login=${s}`, secret: s };
  },
  'vault-legacy-token': (g) => {
    const s = `s.${g.alnum(24)}`;
    return { text: `VAULT_TOKEN="${s}"`, secret: s };
  },
  'vault-unseal-key': (g) => {
    const s = `${g.b64(43)}=`;
    return { text: `Unseal Key 1: ${s}`, secret: s };
  },
  'kubernetes-bootstrap-token': (g) => {
    const s = `${g.lowerAlnum(6)}.${g.lowerAlnum(16)}`;
    return { text: `kubeadm join --bootstrap-token ${s}`, secret: s };
  },
  'netrc-password': (g) => {
    const s = g.alnum(20);
    return { text: `machine api.corp.net\n  login deploy\n  password ${s}\n`, secret: s };
  },
  'dotnet-network-credential': (g) => {
    const s = `${g.alnum(14)}!`;
    return { text: `client.Credentials = new NetworkCredential("svc-mail", "${s}");`, secret: s };
  },
  'dotnet-config-secret': (g) => {
    const s = `${g.alnum(12)}$`;
    return { text: `<add key="SmtpPassword" value="${s}"/>`, secret: s };
  },
  'azure-devops-legacy-pat': (g) => {
    const s = g.pick('abcdefghijklmnopqrstuvwxyz234567', 52);
    return { text: `ADO_PAT=${s}`, secret: s };
  },
  'newrelic-admin-key': (g) => {
    const s = `NRAA-${g.hex(27)}`;
    return { text: `admin ${s}`, secret: s };
  },
  'newrelic-query-key': (g) => {
    const s = `NRIQ-${g.url(32)}`;
    return { text: `"querykey": "${s}"`, secret: s };
  },
  'nvidia-api-key': (g) => {
    const s = `nvapi-${g.url(64)}`;
    return { text: `export NVIDIA_API_KEY=${s}`, secret: s };
  },
  'together-api-key': (g) => {
    const s = `tgp_v1_${g.url(43)}`;
    return { text: `client = Together(api_key="${s}")`, secret: s };
  },
  'anyscale-api-key': (g) => {
    const s = `esecret_${g.alnum(30)}`;
    return { text: `ANYSCALE_API_KEY=${s}`, secret: s };
  },
  'dependency-track-api-key': (g) => {
    const s = `odt_${g.alnum(32)}`;
    return { text: `-H "X-Api-Key: ${s}"`, secret: s };
  },
  'adafruit-io-key': (g) => {
    const s = `aio_${g.alnum(28)}`;
    return { text: `#define IO_KEY "${s}"`, secret: s };
  },
  'typeform-token': (g) => {
    const s = `tfp_${g.url(44)}_${g.alnum(14)}`;
    return { text: `typeform token: ${s}`, secret: s };
  },
  'hubspot-private-app-token': (g) => {
    const s = `pat-na1-${g.hex(8)}-${g.hex(4)}-${g.hex(4)}-${g.hex(4)}-${g.hex(12)}`;
    return { text: `Authorization: Bearer ${s}`, secret: s };
  },
  'mandrill-api-key': (g) => {
    const s = `md-${g.alnum(22)}`;
    return { text: `mandrill_client = Client("${s}")`, secret: s };
  },
  'intercom-access-token': (g) => {
    const s = btoa(`tok:${g.hex(8)}_${g.hex(4)}_${g.hex(4)}_${g.hex(4)}_${g.hex(12)}:1:0`);
    return { text: `intercom token ${s}`, secret: s };
  },
  'akamai-edgegrid-token': (g) => {
    const s = `akab-${g.lowerAlnum(16)}-${g.lowerAlnum(16)}`;
    return { text: `client_token = ${s}`, secret: s };
  },
  'infisical-service-token': (g) => {
    const s = `st.${g.hex(8)}-${g.hex(4)}-${g.hex(4)}-${g.hex(4)}-${g.hex(12)}.${g.hex(32)}.${g.hex(32)}`;
    return { text: `INFISICAL_TOKEN=${s}`, secret: s };
  },
  'clickup-api-token': (g) => {
    const s = `pk_${g.digits(8)}_${g.upperAlnum(32)}`;
    return { text: `clickup: ${s}`, secret: s };
  },
  'trello-token': (g) => {
    const s = `ATTA${g.hex(64)}${g.upperAlnum(8)}`;
    return { text: `trello token=${s}`, secret: s };
  },
  'splunk-hec-token': (g) => {
    const s = `${g.hex(8)}-${g.hex(4)}-${g.hex(4)}-${g.hex(4)}-${g.hex(12)}`;
    return { text: `curl -H "Authorization: Splunk ${s}" https://hec.corp.net:8088/services/collector`, secret: s };
  },
  'elastic-api-key-header': (g) => {
    const s = btoa(`${g.url(20)}:${g.url(22)}`);
    return { text: `-H "Authorization: ApiKey ${s}"`, secret: s };
  },
  'yandex-cloud-api-key': (g) => {
    const s = `AQVN${g.url(36)}`;
    return { text: `yc api key ${s}`, secret: s };
  },
  'scaleway-access-key': (g) => {
    const s = `SCW${g.upperAlnum(17)}`;
    return { text: `SCW_ACCESS_KEY=${s}`, secret: s };
  },
  'scaleway-secret-key': (g) => {
    const s = `${g.hex(8)}-${g.hex(4)}-${g.hex(4)}-${g.hex(4)}-${g.hex(12)}`;
    return { text: `SCW_SECRET_KEY=${s}`, secret: s };
  },
  'onesignal-api-key': (g) => {
    const s = `os_v2_app_${g.lowerAlnum(110)}`;
    return { text: `Authorization: Key ${s}`, secret: s };
  },
  'ably-api-key': (g) => {
    const s = `${g.alnum(6)}.${g.alnum(6)}:${g.url(43)}`;
    return { text: `ABLY_API_KEY=${s}`, secret: s };
  },
  'adyen-api-key': (g) => {
    const s = `AQE${g.b64(120)}`;
    return { text: `ADYEN_API_KEY=${s}`, secret: s };
  },
  'live-prefixed-api-key': (g) => {
    const s = `live_${g.alnum(30)}`;
    return { text: `mollie.setApiKey('${s}')`, secret: s };
  },
  'paddle-api-key': (g) => {
    const s = `pdl_live_apikey_${g.lowerAlnum(26)}_${g.alnum(22)}_${g.alnum(3)}`;
    return { text: `PADDLE_API_KEY=${s}`, secret: s };
  },
  'klaviyo-private-key': (g) => {
    const s = `pk_${g.hex(34)}`;
    return { text: `Authorization: Klaviyo-API-Key ${s}`, secret: s };
  },
  'posthog-personal-api-key': (g) => {
    const s = `phx_${g.alnum(43)}`;
    return { text: `POSTHOG_PERSONAL_API_KEY=${s}`, secret: s };
  },
  'statsig-server-secret': (g) => {
    const s = `secret-${g.alnum(43)}`;
    return { text: `Statsig.initialize("${s}")`, secret: s };
  },
  'flagsmith-server-key': (g) => {
    const s = `ser.${g.alnum(22)}`;
    return { text: `Flagsmith(environment_key="${s}")`, secret: s };
  },
  'cloudinary-url': (g) => {
    const s = g.url(27);
    return { text: `CLOUDINARY_URL=cloudinary://${g.digits(15)}:${s}@demo-cloud`, secret: s };
  },
  'tailscale-key': (g) => {
    const s = `tskey-auth-${g.alnum(12)}-${g.alnum(32)}`;
    return { text: `tailscale up --authkey=${s}`, secret: s };
  },
  'ngrok-authtoken': (g) => {
    const s = `2${g.alnum(26)}_${g.alnum(21)}`;
    return { text: `ngrok_authtoken: ${s}`, secret: s };
  },
  'wireguard-private-key': (g) => {
    const s = `${g.b64(42)}Y=`;
    return { text: `[Interface]\nAddress = 10.0.0.2/32\nPrivateKey = ${s}\n`, secret: s };
  },
  'laravel-app-key': (g) => {
    const s = `base64:${g.b64(43)}=`;
    return { text: `APP_KEY=${s}`, secret: s };
  },
  'amazon-mws-token': (g) => {
    const s = `amzn.mws.${g.hex(8)}-${g.hex(4)}-${g.hex(4)}-${g.hex(4)}-${g.hex(12)}`;
    return { text: `MWSAuthToken=${s}`, secret: s };
  },
  'riot-games-api-key': (g) => {
    const s = `RGAPI-${g.hex(8)}-${g.hex(4)}-${g.hex(4)}-${g.hex(4)}-${g.hex(12)}`;
    return { text: `X-Riot-Token: ${s}`, secret: s };
  },
  'jenkins-api-token': (g) => {
    const s = `11${g.hex(32)}`;
    return { text: `JENKINS_API_TOKEN=${s}`, secret: s };
  },
  'docker-config-auth': (g) => {
    const s = btoa(`ci-bot:${g.alnum(20)}`);
    return { text: `{"auths": {"registry.corp.net": {"auth": "${s}"}}}`, secret: s };
  },
  'npmrc-auth': (g) => {
    const s = g.url(36);
    return { text: `//npm.corp.net/:_authToken=${s}`, secret: s };
  },
  'xml-password-element': (g) => {
    const s = `${g.alnum(14)}!`;
    return { text: `<server>\n  <id>corp-releases</id>\n  <username>deployer</username>\n  <password>${s}</password>\n</server>`, secret: s };
  },
  'password-hash-bcrypt': (g) => {
    const s = `$2b$12$${g.pick('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53)}`;
    return { text: `admin:${s}`, secret: s };
  },
  'password-hash-crypt': (g) => {
    const s = `$6$${g.alnum(8)}$${g.pick('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 86)}`;
    return { text: `root:${s}:19000:0:99999:7:::`, secret: s };
  },
  'kerberos-ticket-hash': (g) => {
    const s = `$krb5asrep$23$svc-sql@CORP.NET:${g.hex(32)}$${g.hex(200)}`;
    return { text: `${s}\n`, secret: s };
  },
  'generic-spaced-secret': (g) => {
    const s = g.alnum(32);
    return { text: `here is my clockify token ${s} for the report`, secret: s };
  },
  'generic-secret': (g) => {
    const s = g.alnum(32);
    return { text: `config:\n  client_secret: "${s}"\n`, secret: s };
  },
  'generic-password': (g) => {
    const s = `${g.alnum(11)}#`;
    return { text: `DB_PASSWORD=${s}`, secret: s };
  },
};

/** Rules that are evidence but deliberately below the default threshold on their own. */
const LOW_CONFIDENCE = new Set(['twilio-account-sid', 'stripe-publishable-key', 'newrelic-browser-key']);

const defaults = secretsPatterns();

describe('secrets/patterns: rule table', () => {
  it('has at least 100 rules, unique kebab-case ids, lower-case keywords and no g/y flags', () => {
    expect(SECRET_RULES.length).toBeGreaterThanOrEqual(100);
    const ids = SECRET_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of SECRET_RULES) {
      expect(r.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(r.pattern.flags).not.toMatch(/[gy]/);
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
      for (const k of r.keywords ?? []) expect(k).toBe(k.toLowerCase());
    }
  });

  it('has a positive fixture for every rule (and no fixture for a missing rule)', () => {
    expect(Object.keys(FIXTURES).sort()).toEqual(SECRET_RULES.map((r) => r.id).sort());
  });

  it('every keyword list can see its own fixture (the prefilter never hides a rule)', () => {
    for (const r of SECRET_RULES) {
      const { text } = (FIXTURES[r.id] as (g: ReturnType<typeof gen>) => Fixture)(gen(1));
      if (r.keywords !== undefined) expect(r.keywords.some((k) => text.toLowerCase().includes(k)), r.id).toBe(true);
    }
  });

  it('every precheck accepts its own fixture', () => {
    for (const r of SECRET_RULES) {
      if (r.precheck === undefined) continue;
      for (const seed of [1, 2, 3]) {
        const { text } = (FIXTURES[r.id] as (g: ReturnType<typeof gen>) => Fixture)(gen(seed));
        expect(r.precheck(text), r.id).toBe(true);
      }
    }
  });

  it('finds each fixture at the very start and the very end of a text (keywords at the edges of the prefilter pass)', async () => {
    for (const r of SECRET_RULES) {
      const { text, secret } = (FIXTURES[r.id] as (g: ReturnType<typeof gen>) => Fixture)(gen(11));
      for (const t of [text, `${text} \nThanks`, `Thanks for the help \n${text}`]) {
        const v = await runScanner(defaults, t);
        expect(v.matches?.some((m) => m.label === r.id && t.slice(m.start, m.end) === secret), `${r.id} in ${JSON.stringify(t)}`).toBe(true);
      }
    }
  });
});

describe('secrets/patterns: one positive per rule', () => {
  for (const rule of SECRET_RULES) {
    it(`${rule.id}: finds the generated value with the default rule set`, async () => {
      for (const seed of [1, 2, 3]) {
        const { text, secret } = (FIXTURES[rule.id] as (g: ReturnType<typeof gen>) => Fixture)(gen(seed * 7919 + rule.id.length));
        const v = await runScanner(defaults, text);
        const hit = v.matches?.find((m) => m.label === rule.id);
        expect(hit, `${rule.id} seed ${seed}: ${JSON.stringify(v.matches?.map((m) => [m.label, text.slice(m.start, m.end)]))} in ${text}`).toBeDefined();
        expect(text.slice(hit?.start, hit?.end)).toBe(secret);
        if (LOW_CONFIDENCE.has(rule.id)) expect(v.score).toBeLessThan(0.5);
        else expect(v.score).toBeGreaterThanOrEqual(0.5);
        expect(applyReplacements(text, v.matches ?? [])).not.toContain(secret);
      }
    });
  }

  it('restricting `rules` to one id still finds its fixture, and nothing else', async () => {
    for (const rule of SECRET_RULES) {
      const { text, secret } = (FIXTURES[rule.id] as (g: ReturnType<typeof gen>) => Fixture)(gen(42));
      const v = await runScanner(secretsPatterns({ rules: [rule.id] }), text);
      expect(v.matches?.map((m) => m.label), rule.id).toContain(rule.id);
      expect(v.matches?.every((m) => m.label === rule.id)).toBe(true);
      expect(v.matches?.some((m) => text.slice(m.start, m.end) === secret)).toBe(true);
    }
  });
});

describe('secrets/patterns: checksums and structure', () => {
  it('CRC-32 and base62 match known values', () => {
    expect(crc32('123456789')).toBe(0xcbf43926);
    expect(base62(61, 2)).toBe('0z');
    expect(base62(62, 3)).toBe('010');
  });

  it('a GitHub token with a valid checksum scores higher than one without', async () => {
    const g = gen(9);
    const good = checksummed('ghp_', g);
    expect(hasCrc32Checksum(good.slice(4))).toBe(true);
    const bad = `${good.slice(0, -1)}${good.endsWith('A') ? 'B' : 'A'}`;
    expect((await runScanner(defaults, `t ${good}`)).score).toBeCloseTo(0.99);
    expect((await runScanner(defaults, `t ${bad}`)).score).toBeCloseTo(0.85);
  });

  it('age keys: a valid Bech32 checksum scores 0.99, a corrupted one less', async () => {
    expect(isValidBech32('a12uel5l')).toBe(true);
    expect(isValidBech32('A12UEL5L')).toBe(true);
    expect(isValidBech32('a12uel5m')).toBe(false);
    const key = bech32('AGE-SECRET-KEY-', gen(5), 52);
    expect(isValidBech32(key)).toBe(true);
    expect((await runScanner(defaults, key)).score).toBeCloseTo(0.99);
    const broken = key.slice(0, -1) + (key.endsWith('Q') ? 'P' : 'Q');
    expect((await runScanner(defaults, broken)).score).toBeCloseTo(0.85);
  });

  it('JWT: reports alg, requires a JSON header, and ignores eyJ look-alikes', async () => {
    const g = gen(11);
    const token = jwt(g, { alg: 'RS256', typ: 'JWT', kid: 'k1' });
    expect(jwtHeader(token)?.alg).toBe('RS256');
    const v = await runScanner(defaults, `id_token=${token}`);
    expect(v.matches?.[0]?.label).toBe('jwt');
    expect(v.explanation).toContain('alg RS256');
    // `eyJ` + junk that does not decode to a JSON header.
    const fake = `eyJ${g.alnum(20)}.eyJ${g.alnum(30)}.${g.alnum(20)}`;
    expect((await runScanner(defaults, `value ${fake}`)).matches?.some((m) => m.label === 'jwt')).toBe(false);
  });

  it('discord bot tokens must decode to a numeric id', async () => {
    const g = gen(12);
    const notId = `${b64url(`abcdefghijklmnopqr`)}.${g.url(6)}.${g.url(38)}`;
    expect((await runScanner(defaults, `login("${notId}")`)).matches?.some((m) => m.label === 'discord-bot-token')).toBe(false);
  });

  it('PEM: truncated keys are still caught; a header with a placeholder body is not', async () => {
    const g = gen(13);
    const truncated = `-----BEGIN OPENSSH PRIVATE KEY-----\n${pemBody(g, 4)}`;
    const v = await runScanner(defaults, `${truncated}\n\nwhat is wrong with it?`);
    expect(v.matches?.[0]?.label).toBe('private-key');
    expect(v.score).toBeGreaterThanOrEqual(0.85);
    expect(applyReplacements(truncated, v.matches ?? [])).toBe('[REDACTED_PRIVATE_KEY]');
    const doc = 'A key file looks like\n-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----\nand must stay private.';
    expect((await runScanner(defaults, doc)).score).toBeLessThan(0.5);
    const mention = 'Search your repo for "-----BEGIN PRIVATE KEY-----" strings.';
    expect((await runScanner(defaults, mention)).score).toBeLessThan(0.5);
  });
});

describe('secrets/patterns: hard negatives', () => {
  const g = gen(21);
  const negatives: Array<[string, string]> = [
    ['prose', 'Could you explain how API keys and OAuth tokens differ, and why a password manager helps?'],
    ['token usage', 'Set max_tokens: 4096 and keep token_count below the limit; the tokenizer splits words.'],
    ['code call', 'const token = getToken();\nconst apiKey = process.env.API_KEY;\npassword = getpass.getpass()'],
    ['config refs', 'password: ${DB_PASSWORD}\napi_key: "{{ secrets.API_KEY }}"\nsecret: <your-secret-here>\ntoken: ****'],
    ['placeholders', 'API_KEY=your_api_key_here\nSECRET_KEY=changeme\nPASSWORD=xxxxxxxxxxxx\nTOKEN=REDACTED'],
    ['localhost url', 'DATABASE_URL=postgres://user:password@localhost:5432/app'],
    ['template url', 'mongodb+srv://admin:<password>@cluster0.mongodb.net/test and redis://:${REDIS_PASSWORD}@cache:6379'],
    ['compose default', 'postgres://postgres:postgres@db:5432/postgres'],
    ['git log', `commit ${g.hex(40)}\nAuthor: Dev <dev@example.com>\n\n    fix token refresh\n\ncommit ${g.hex(40)}`],
    ['uuid in prose', `The request id ${g.hex(8)}-${g.hex(4)}-${g.hex(4)}-${g.hex(4)}-${g.hex(12)} failed twice.`],
    ['hashes', `sha256sum: ${g.hex(64)}  release.tar.gz\nintegrity: sha512-${g.b64(86)}==`],
    ['base64 image', `<img src="data:image/png;base64,iVBORw0KGgo${'A'.repeat(30)}${g.b64(400)}/${'A'.repeat(40)}+${g.b64(300)}">`],
    ['aws docs example', `aws_access_key_id = AKIA${'IOSFODNN7'}EXAMPLE`],
    ['word values', 'secret: correct-horse-battery-staple\ntoken: authentication\nauth: required\napi_key: string'],
    ['paths and urls', 'private_key: /etc/ssl/private/server.key\ntoken_url: https://auth.example.com/oauth/token\nsecret_file: ./config/secrets.yaml'],
    ['hex colours', 'primary_key: #ff8800; accent: #123456'],
    ['versions and dates', 'token_expiry: 2024-12-31T23:59:59Z\nauth_version: 10.4.2'],
    ['comparison', 'if (token == expectedToken) return; if password === "" then fail'],
    ['sequential', `api_key = "abcdefghijklmnopqrstuvwxyz012345"`],
    ['weak password', 'password: hunter2'],
    ['bearer prose', 'The bearer of this letter is a friend; bearer tokens are explained in RFC 6750.'],
    ['jwt words', 'Use eyJ... as the start of a JWT; the header eyJhbGciOi decodes to {"alg".'],
    ['sk words', 'See the task-management-system-overview-document-version-two for details.'],
  ];
  for (const [name, text] of negatives) {
    it(`does not flag: ${name}`, async () => {
      const v = await runScanner(defaults, text);
      expect(v.score, JSON.stringify(v.matches?.map((m) => [m.label, text.slice(m.start, m.end)]))).toBeLessThan(0.5);
    });
  }
});

describe('secrets/patterns: redaction modes', () => {
  const g = gen(31);
  const gh = checksummed('ghp_', g);
  const pw = g.alnum(16);
  const text = `token ${gh}\nDATABASE_URL=mysql://svc:${pw}@db.corp.net/app`;

  it("'all' (default) uses family labels", async () => {
    const v = await runScanner(defaults, text);
    expect(applyReplacements(text, v.matches ?? [])).toBe('token [REDACTED_SECRET]\nDATABASE_URL=mysql://svc:[REDACTED_PASSWORD]@db.corp.net/app');
    expect(defaults.sanitizer).toEqual({ order: 20, mitigates: true });
  });

  it("'partial' keeps only the public provider prefix", async () => {
    const v = await runScanner(secretsPatterns({ redact: 'partial' }), text);
    const out = applyReplacements(text, v.matches ?? []);
    expect(out).toBe('token ghp_…[REDACTED]\nDATABASE_URL=mysql://svc:[REDACTED_PASSWORD]@db.corp.net/app');
    expect(out).not.toContain(gh.slice(4, 10));
  });

  it("'partial' keeps the PEM header and never more than half a value", async () => {
    const key = `-----BEGIN EC PRIVATE KEY-----\n${pemBody(g, 3)}\n-----END EC PRIVATE KEY-----`;
    const v = await runScanner(secretsPatterns({ redact: 'partial' }), key);
    expect(applyReplacements(key, v.matches ?? [])).toBe('-----BEGIN EC PRIVATE KEY-----…[REDACTED]');
  });

  it("'hash' is async and writes a stable SHA-256 prefix", async () => {
    const scanner = secretsPatterns({ redact: 'hash' });
    const v = await runScanner(scanner, text);
    const digest = async (s: string): Promise<string> =>
      [...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(s)))].map((b) => b.toString(16).padStart(2, '0')).join('').slice(0, 12);
    expect(applyReplacements(text, v.matches ?? [])).toBe(
      `token [SECRET_SHA256:${await digest(gh)}]\nDATABASE_URL=mysql://svc:[SECRET_SHA256:${await digest(pw)}]@db.corp.net/app`,
    );
    // Only hash mode returns a promise.
    const { createTextView } = await import('../../text/view.js');
    const { testContext } = await import('../../testing/context.js');
    expect(scanner.scan(createTextView(text), testContext())).toBeInstanceOf(Promise);
    expect(defaults.scan(createTextView(text), testContext())).not.toBeInstanceOf(Promise);
  });

  it("'none' reports without replacements and is not a sanitizer", async () => {
    const scanner = secretsPatterns({ redact: 'none' });
    expect(scanner.sanitizer).toBeUndefined();
    expect('sanitizer' in scanner).toBe(false);
    const v = await runScanner(scanner, text);
    expect(v.matches?.length).toBe(2);
    expect(v.matches?.every((m) => m.replacement === undefined && !('replacement' in m))).toBe(true);
  });
});

describe('secrets/patterns: overlaps, hiding and offsets', () => {
  const g = gen(41);

  it('a provider rule wins over the generic rule on the same value', async () => {
    const gh = checksummed('ghp_', g);
    const v = await runScanner(defaults, `api_key = "${gh}"`);
    expect(v.matches?.map((m) => m.label)).toEqual(['github-pat']);
  });

  it('a token used as a URL password is labelled by its provider', async () => {
    const gh = checksummed('ghp_', g);
    const text = `https://ci-bot:${gh}@github.com/acme/app.git`;
    const v = await runScanner(defaults, text);
    expect(v.matches?.map((m) => m.label)).toEqual(['github-pat']);
    expect(text.slice(v.matches?.[0]?.start, v.matches?.[0]?.end)).toBe(gh);
  });

  it('a JWT after Bearer is reported once, as a JWT', async () => {
    const t = jwt(g);
    const v = await runScanner(defaults, `Authorization: Bearer ${t}`);
    expect(v.matches?.map((m) => m.label)).toEqual(['jwt']);
  });

  it('reports several secrets in order with an explanation', async () => {
    const gh = checksummed('ghp_', g);
    const aws = `AKIA${g.b32(16)}`;
    const text = `first ${gh} then ${aws}`;
    const v = await runScanner(defaults, text);
    expect(v.matches?.map((m) => m.label)).toEqual(['github-pat', 'aws-access-key-id']);
    expect(v.explanation).toBe('Found 2 secrets: GitHub personal access token, AWS access key id.');
    expect(v.severity).toBe('high');
  });

  it('adjacent secrets on one line are both kept', async () => {
    const a = `AKIA${g.b32(16)}`;
    const s = g.b64(40);
    const text = `AWS_ACCESS_KEY_ID=${a} AWS_SECRET_ACCESS_KEY=${s}`;
    const v = await runScanner(defaults, text);
    expect(v.matches?.map((m) => text.slice(m.start, m.end))).toEqual([a, s]);
  });

  it('finds a key split by zero-width characters and maps offsets to the raw text', async () => {
    const gh = checksummed('ghp_', g);
    const hidden = `${gh.slice(0, 12)}\u200B${gh.slice(12, 25)}\u2060${gh.slice(25)}`;
    const text = `please use ${hidden} for the build`;
    const v = await runScanner(defaults, text);
    const m = v.matches?.find((x) => x.label === 'github-pat');
    expect(m).toBeDefined();
    expect(text.slice(m?.start, m?.end)).toBe(hidden);
    const out = applyReplacements(text, v.matches ?? []);
    expect(out).toBe('please use [REDACTED_SECRET] for the build');
  });

  it('finds a key written in fullwidth characters', async () => {
    const gh = checksummed('ghp_', g);
    const wide = [...gh].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');
    const text = `key: ${wide}`;
    const v = await runScanner(defaults, text);
    const m = v.matches?.find((x) => x.label === 'github-pat');
    expect(text.slice(m?.start, m?.end)).toBe(wide);
    expect(v.score).toBeGreaterThan(0.9);
  });

  it('offsets are right after non-ASCII text before the secret', async () => {
    const sk = `sk_live_${g.alnum(40)}`;
    const text = `Schlüssel für Zahlungen 🔑: ${sk} — bitte löschen`;
    const v = await runScanner(defaults, text);
    expect(text.slice(v.matches?.[0]?.start, v.matches?.[0]?.end)).toBe(sk);
  });

  it('test-mode keys are medium severity', async () => {
    const v = await runScanner(defaults, `key sk_test_${g.alnum(30)}`);
    expect(v.severity).toBe('medium');
    expect(v.score).toBeCloseTo(0.6);
  });
});

describe('secrets/patterns: options', () => {
  it('validates options and throws ConfigError', () => {
    expect(() => secretsPatterns({ redact: 'mask' as never })).toThrow(ConfigError);
    expect(() => secretsPatterns({ rules: ['github-pat', 'no-such-rule'] })).toThrow(/no-such-rule/);
    expect(() => secretsPatterns({ rules: [] })).toThrow(ConfigError);
    expect(() => secretsPatterns({ disabledRules: ['nope'] })).toThrow(ConfigError);
    expect(() => secretsPatterns({ rules: 'github-pat' as never })).toThrow(ConfigError);
    expect(() => secretsPatterns({ minEntropy: -1 })).toThrow(ConfigError);
    expect(() => secretsPatterns({ minEntropy: Number.NaN })).toThrow(ConfigError);
    expect(() => secretsPatterns({ minEntropy: 9 })).toThrow(ConfigError);
    expect(() => secretsPatterns({ allowValues: [1] as never })).toThrow(ConfigError);
    expect(() => secretsPatterns({ redaction: 'all' } as never)).toThrow(/unknown option/);
    expect(() => secretsPatterns(null as never)).toThrow(ConfigError);
  });

  it('echoes resolved options as JSON', () => {
    const s = secretsPatterns({ redact: 'partial', disabledRules: ['jwt'], minEntropy: 4 });
    expect(JSON.parse(JSON.stringify(s.options))).toEqual({ redact: 'partial', disabledRules: ['jwt'], minEntropy: 4, allowValues: [] });
    expect(s.id).toBe('secrets/patterns');
    expect(s.kind).toBe('both');
    expect(s.category).toBe('secrets');
    expect(s.severity).toBe('high');
    expect(s.threshold).toBe(0.5);
    expect(Object.isFrozen(s)).toBe(true);
  });

  it('disabledRules, allowValues and minEntropy take effect', async () => {
    const g = gen(51);
    const gh = checksummed('ghp_', g);
    expect((await runScanner(secretsPatterns({ disabledRules: ['github-pat'] }), `t ${gh}`)).score).toBe(0);
    expect((await runScanner(secretsPatterns({ allowValues: [gh] }), `t ${gh}`)).score).toBe(0);
    const value = g.hex(24); // hex: ~3.7 bits/char
    const text = `api_key = "${value}"`;
    expect((await runScanner(defaults, text)).score).toBeGreaterThanOrEqual(0.5);
    expect((await runScanner(secretsPatterns({ minEntropy: 4.5 }), text)).score).toBe(0);
  });
});

describe('secrets/patterns: hostile and odd input', () => {
  const hostile: Array<[string, string]> = [
    ['eyJ', 'eyJ'.repeat(20_000)],
    ['a', 'a'.repeat(50_000)],
    ['A', 'A'.repeat(50_000)],
    ['BEGIN', '-----BEGIN PRIVATE KEY-----'.repeat(2_000)],
    ['postgres', `postgres://${'a:'.repeat(25_000)}`],
    ['postgres@', `postgres://a:${'b@'.repeat(25_000)}`],
    ['jwt dots', 'eyJabcdefghijkl.'.repeat(3_000)],
    ['assign', 'api_key='.repeat(6_000)],
    ['assign chain', 'a=b:'.repeat(12_000)],
    ['bearer', 'Bearer '.repeat(7_000)],
    ['ghp', 'ghp_'.repeat(12_000)],
    ['sk-', 'sk-'.repeat(16_000)],
    ['hex', '0123456789abcdef'.repeat(3_000)],
    ['b64', 'QUJD+/=='.repeat(6_000)],
    ['digits colon', '1234567890:AA'.repeat(4_000)],
    ['url', 'https://u:p@'.repeat(4_000)],
    ['password=', 'Password=x;'.repeat(4_500)],
    ['xox', 'xoxb-1234567890-'.repeat(3_000)],
    ['key-value', 'secret: "'.repeat(5_000)],
  ];
  for (const [name, text] of hostile) {
    it(`finishes on 50k-character '${name}' input`, async () => {
      const v = await runScanner(defaults, text);
      expect(v.score).toBeGreaterThanOrEqual(0);
      expect((v.matches ?? []).length).toBeLessThanOrEqual(2000);
    });
  }

  it('handles empty, binary, lone surrogates and a 1 MB prompt', async () => {
    for (const text of ['', '\u0000\u0001\u0002', '\ud800abc\udfff', 'x'.repeat(1_000_000), `${'lorem ipsum '.repeat(80_000)}`]) {
      const v = await runScanner(defaults, text);
      expect(v.score).toBe(0);
    }
  });

  it('stops early on a long text when the signal is already aborted', async () => {
    const ac = new AbortController();
    ac.abort();
    const text = `${'plain words here '.repeat(5_000)}t ${checksummed('ghp_', gen(61))}`;
    expect((await runScanner(defaults, text)).score).toBeGreaterThan(0.5);
    const v = await runScanner(defaults, text, { signal: ac.signal });
    expect(v.score).toBe(0);
  });
});

describe('secrets/patterns: helpers', () => {
  it('entropy helpers', () => {
    expect(shannonEntropy('')).toBe(0);
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abcd')).toBe(2);
    expect(longestTrivialRun('ab1234567z')).toBe(7);
    expect(longestTrivialRun('zyxw')).toBe(4);
    expect(charClassCount('abC1-')).toBe(4);
    expect(looksRandom(gen(3).alnum(24))).toBe(true);
    expect(looksRandom('x'.repeat(24))).toBe(false);
  });

  it('secretNameKind judges only the final name segments', () => {
    expect(secretNameKind('DB_PASSWORD')).toBe('password');
    expect(secretNameKind('stripeApiKey')).toBe('secret');
    expect(secretNameKind('x-api-key')).toBe('secret');
    expect(secretNameKind('client_secret')).toBe('secret');
    expect(secretNameKind('key')).toBe('key');
    for (const n of ['token_count', 'max_tokens', 'secret_name', 'author', 'password_reset_url', 'tokenizer', 'primary_key', 'keyboard']) {
      expect(secretNameKind(n), n).toBeUndefined();
    }
  });

  it('literalPrefix reads the public prefix after a lookbehind', () => {
    expect(literalPrefix(/(?<![\w-])ghp_[A-Za-z0-9]{36}/)).toBe('ghp_');
    expect(literalPrefix(/(?<![\w.-])dp\.(?:st|pt)\./)).toBe('dp.');
    expect(literalPrefix(/(?<![\w-])sk-ant-(?:api)/)).toBe('sk-ant-');
    expect(literalPrefix(/A{21}x/)).toBe('');
  });
});
