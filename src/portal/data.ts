// The portal's pages read what `npm run portal` collected from the members (PORTAL_DATA), so no
// page fetches anything while rendering and a build renders exactly what was reported.
import { readFileSync } from 'node:fs';
import type { PortalData } from '../lib/portal.ts';

let cached: PortalData | undefined;

export function portalData(): PortalData {
  const file = process.env['PORTAL_DATA'];
  if (!file) throw new Error('门户页面须由 npm run portal 构建（缺少 PORTAL_DATA）');
  cached ??= JSON.parse(readFileSync(file, 'utf8')) as PortalData;
  return cached;
}
