/** The command line's own words in Japanese (codes and parameters: ../codes/cli.ts). */
import type { GroupCatalogue } from '../catalogue';
import type { CLI_MESSAGES } from '../codes/cli';

export const cli: GroupCatalogue<typeof CLI_MESSAGES> = {
  'cli.unplaced': '未配置',
  'cli.level': 'レベル{level}（{framework}）',
  'cli.hours': '{hours}時間',
  'cli.workload_unknown': '学修量不明',
  'cli.level_line': 'レベル：{reason}',
  'cli.workload_line': '学修量：{assumption}',
  'cli.counts_toward': '算入される道筋：{names}',
  'cli.counts_toward_none': '算入される道筋：同梱の道筋にはありません',
  'cli.cannot_read': '{file}：読み込めません（{code}）。',
  'cli.bad_framework': '--framework には jqf か eqf を指定してください（指定：{got}）。',
  'cli.bad_lang': '--lang には en か ja を指定してください（指定：{got}）。',
  'cli.bad_learner': '--learner には、あなたの識別子（DID、メールアドレスなど）を 1 つ指定してください。',
  'cli.bad_now': '--now には ISO 8601 形式の日時を指定してください（指定：{got}）。',
  'cli.unknown_option': '不明なオプション {option} です。',
  'cli.kind_credential': '資格情報',
  'cli.kind_supporting': '補助文書',
  'cli.kind_not_credential': '資格情報ではありません',
};
