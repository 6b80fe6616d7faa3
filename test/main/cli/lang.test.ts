// The command line in the learner's language: --lang en|ja, else the environment's locale;
// human lines and the --json texts are rendered in it, the codes stay.
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../../src-main/cli/cli';
import { langFromEnvironment, parseLang } from '../../../src-main/cli/lang';
import { samplePath } from '../../helpers/samples';

function capture(env: Record<string, string> = { LANG: 'en_US.UTF-8' }): CliIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (l) => lines.push(l), err: (l) => errors.push(l), env };
}

const NOW = ['--now', '2026-01-15T00:00:00Z'];
const EXPIRED = samplePath('negative/dcc-vctf_v1_ed25519-2020_didkey_EXPIRED.json');
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe('the language of the command line', () => {
  it('follows LC_ALL, then LC_MESSAGES, then LANG, then the locale Intl reports', () => {
    expect(langFromEnvironment({ LC_ALL: 'ja_JP.UTF-8', LANG: 'en_US.UTF-8' }, 'en-US')).toBe('ja');
    expect(langFromEnvironment({ LC_MESSAGES: 'en_GB.UTF-8', LANG: 'ja_JP.UTF-8' }, 'ja-JP')).toBe('en');
    expect(langFromEnvironment({ LANG: 'ja_JP.eucJP' }, 'en-US')).toBe('ja');
    expect(langFromEnvironment({ LANG: 'C' }, 'ja-JP')).toBe('en');
    expect(langFromEnvironment({ LC_ALL: '' }, 'ja-JP')).toBe('ja');
    expect(langFromEnvironment({}, 'en-US')).toBe('en');
    expect(parseLang('ja')).toBe('ja');
    expect(parseLang('xx')).toBeNull();
    expect(parseLang(undefined)).toBeNull();
  });

  it('--lang ja: status, check reasons and the --json messages in Japanese, codes kept', async () => {
    const human = capture();
    expect(await runCli(['verify', ...NOW, '--lang', 'ja', EXPIRED], human)).toBe(1);
    expect(human.lines[0]).toMatch(/検証失敗/);
    const expiredLine = human.lines.find((l) => l.includes('validity_period'));
    expect(expiredLine).toMatch(JAPANESE);
    expect(human.lines.join('\n')).not.toMatch(/The credential/);

    const json = capture();
    expect(await runCli(['verify', ...NOW, '--json', '--lang=ja', EXPIRED], json)).toBe(1);
    const line = JSON.parse(json.lines[0] ?? '') as { checks: Array<{ id: string; code: string; message: string }> };
    const validity = line.checks.find((c) => c.id === 'validity_period');
    expect(validity?.code).toBe('expired');
    expect(validity?.message).toMatch(JAPANESE);
    expect(validity?.message).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });

  it('defaults to the environment: a Japanese locale speaks Japanese, --lang en wins over it', async () => {
    const ja = capture({ LANG: 'ja_JP.UTF-8' });
    await runCli(['verify', ...NOW, EXPIRED], ja);
    expect(ja.lines[0]).toMatch(/検証失敗/);
    const en = capture({ LANG: 'ja_JP.UTF-8' });
    await runCli(['verify', ...NOW, '--lang', 'en', EXPIRED], en);
    expect(en.lines[0]).toMatch(/Not verified/);
  });

  it('--lang with another language is a usage error (exit 2)', async () => {
    const io = capture();
    expect(await runCli(['verify', '--lang', 'xx', EXPIRED], io)).toBe(2);
    expect(io.errors.join('\n')).toMatch(/--lang takes en or ja \(got xx\)/);
    expect(io.lines).toEqual([]);
    const jaIo = capture({ LANG: 'ja_JP.UTF-8' });
    expect(await runCli(['inspect', '--lang=fr', EXPIRED], jaIo)).toBe(2);
    expect(jaIo.errors.join('\n')).toMatch(/--lang には en か ja/);
  });

  it('inspect --lang ja: the level reason and its wording in Japanese, with its code', async () => {
    const io = capture();
    await runCli(['inspect', ...NOW, '--json', '--lang', 'ja', EXPIRED], io);
    const r = JSON.parse(io.lines[0] ?? '') as { level: { code: string; reason: string } };
    expect(r.level.code).toMatch(/^placement\./);
    expect(r.level.reason).toMatch(JAPANESE);
    const human = capture();
    await runCli(['inspect', ...NOW, '--lang', 'ja', EXPIRED], human);
    expect(human.lines.join('\n')).toMatch(/レベル：/);
    expect(human.lines.join('\n')).toMatch(/算入される道筋：/);
  });
});
