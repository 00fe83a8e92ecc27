// The `portal` key of site.yaml (or of the file PORTAL_CONFIG names), read as site.yaml is
// (src/io/site.ts `readSettingsFile`): a portal-only file needs no site name, so only this key is
// validated here.
import { readSettingsFile } from '../io/site.ts';
import type { Issue } from '../schemas/issues.ts';
import { parseWithIssues } from '../schemas/parse.ts';
import { type Portal, portalSchema } from '../schemas/portal.ts';

/** The portal's settings, or every problem with them, each naming the file and line. */
export function readPortalConfig(
  file: string,
  shown: string,
): { ok: true; portal: Portal } | { ok: false; issues: Issue[] } {
  const source = readSettingsFile(
    file,
    shown,
    '站点配置文件 site.yaml（或 PORTAL_CONFIG 指向的文件）',
  );
  if (!source.ok)
    return { ok: false, issues: [{ ...source.issue, path: 'portal', label: '省级门户' }] };
  const config = (source.source.data ?? {}) as Record<string, unknown>;
  if (config['portal'] === undefined)
    return {
      ok: false,
      issues: [
        {
          file: shown,
          path: 'portal',
          label: '省级门户',
          expected: 'portal 键：title 与 sites 列表',
          found: '没有 portal 键',
        },
      ],
    };
  const parsed = parseWithIssues(portalSchema, config['portal'], shown, (path) =>
    source.source.locate(['portal', ...path]),
  );
  if (!parsed.ok)
    return {
      ok: false,
      issues: parsed.issues.map((i) => ({ ...i, path: `portal.${i.path}`.replace(/\.$/, '') })),
    };
  return { ok: true, portal: parsed.data };
}
