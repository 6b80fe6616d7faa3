/**
 * The English catalogue: every message code's wording, gathered from one file per
 * group. Typed `Catalogue`, so a code without a wording does not compile.
 */
import type { Catalogue } from '../catalogue';
import { checks } from './checks';
import { importMessages } from './import';
import { placement } from './placement';
import { workload } from './workload';
import { pathways } from './pathways';
import { credential } from './credential';
import { ui } from './ui';
import { cli } from './cli';
import { limits } from './limits';
import { badges } from './badges';
import { ob2 } from './ob2';

export const en: Catalogue = {
  ...checks,
  ...importMessages,
  ...placement,
  ...workload,
  ...pathways,
  ...credential,
  ...ui,
  ...cli,
  ...limits,
  ...badges,
  ...ob2,
};
