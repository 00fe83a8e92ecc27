// The portal's pages read what `npm run portal` collected from the members (the build plan's
// `portal` file, src/io/plan.ts), so no page fetches anything while rendering and a build renders
// exactly what was reported.
import { readFileSync } from 'node:fs';
import { readPlan } from '../io/plan.ts';
import type { PortalData } from '../lib/portal.ts';

let cached: PortalData | undefined;

export function portalData(): PortalData {
  const file = readPlan().portal;
  if (!file) throw new Error('门户页面须由 npm run portal 构建（构建计划中没有成员站点数据）');
  cached ??= JSON.parse(readFileSync(file, 'utf8')) as PortalData;
  return cached;
}
