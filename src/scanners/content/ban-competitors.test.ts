import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../errors.js';
import { applyReplacements, runScanner } from '../../testing/context.js';
import { boundedEditDistance, contentBanCompetitors } from './ban-competitors.js';

const competitors = [{ name: 'Globex Corporation', aliases: ['Globex', 'GlobexCloud'] }, { name: 'Initech' }, 'Open Vortex', 'IBX'];

describe('content/ban-competitors', () => {
  const s = contentBanCompetitors({ competitors });
  const found = async (t: string): Promise<string[]> => {
    const v = await runScanner(s, t);
    return (v.matches ?? []).map((m) => `${t.slice(m.start, m.end)}=${m.label}`);
  };
  it('matches names and aliases whatever the case, punctuation and spacing', async () => {
    expect(await found('Have you compared us with globex corporation?')).toEqual(['globex corporation=competitor:Globex Corporation']);
    expect(await found('GLOBEX is cheaper, and Globex-Cloud too.')).toEqual(['GLOBEX=competitor:Globex Corporation', 'Globex-Cloud=competitor:Globex Corporation']);
    expect(await found('We moved from OpenVortex and open-vortex support was slow.')).toEqual(['OpenVortex=competitor:Open Vortex', 'open-vortex=competitor:Open Vortex']);
  });
  it("matches possessives and typos in long names, not look-alike common words", async () => {
    expect(await found("Initech's pricing page is clearer.")).toEqual(['Initech=competitor:Initech']);
    expect(await found('I tried Initeck last year.')).toEqual(['Initeck=competitor:Initech']);
    expect(await found('The globes in the classroom are old.')).toEqual([]);
    expect(await found('Initial results look good.')).toEqual([]);
  });
  it('short capitalised names match only in capitals', async () => {
    expect(await found('IBX bought them.')).toEqual(['IBX=competitor:IBX']);
    expect(await found('the ibx file format')).toEqual([]);
  });
  it('redacts by default and can only report', async () => {
    const text = "Unlike Globex's plan, ours is flexible.";
    const v = await runScanner(s, text);
    expect(v.score).toBeGreaterThanOrEqual(0.5);
    expect(applyReplacements(text, v.matches ?? [])).toBe("Unlike [REDACTED_COMPETITOR]'s plan, ours is flexible.");
    expect(s.sanitizer).toEqual({ order: 60, mitigates: true });
    const report = contentBanCompetitors({ competitors, redact: false });
    expect(report.sanitizer).toBeUndefined();
    expect((await runScanner(report, text)).matches?.[0]?.replacement).toBeUndefined();
  });
  it('fuzzy matching can be turned off', async () => {
    expect((await runScanner(contentBanCompetitors({ competitors, fuzzy: false }), 'I tried Initeck last year.')).score).toBe(0);
  });
  it('text without competitors scores 0', async () => {
    expect((await runScanner(s, 'Our product integrates with your calendar.')).score).toBe(0);
  });
  it('edit distance is bounded', () => {
    expect(boundedEditDistance('initech', 'initeck', 1)).toBe(1);
    expect(boundedEditDistance('initech', 'initek', 1)).toBe(2);
    expect(boundedEditDistance('abc', 'xyzxyz', 1)).toBe(2);
  });
  it('bad options are ConfigErrors', () => {
    expect(() => contentBanCompetitors({ competitors: [] })).toThrow(ConfigError);
    expect(() => contentBanCompetitors({} as never)).toThrow(ConfigError);
    expect(() => contentBanCompetitors({ competitors: ['---'] })).toThrow(ConfigError);
    expect(() => contentBanCompetitors({ competitors: [{ name: 'A', aliases: [''] }] })).toThrow(ConfigError);
    expect(() => contentBanCompetitors({ competitors: ['A'], redact: 'yes' as never })).toThrow(ConfigError);
  });
});
