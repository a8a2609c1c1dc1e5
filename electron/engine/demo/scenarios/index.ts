/** Every kind of demo case, one module each; the dataset draws cases from them by weight. */
import { agriculture } from './agriculture';
import { cannabisGrow } from './cannabisGrow';
import type { Scenario } from './common';
import { countyLines } from './countyLines';
import { handCarWash } from './handCarWash';
import { nailBar } from './nailBar';
import { shortLets } from './shortLets';

export const scenarios: readonly Scenario[] = [handCarWash, nailBar, agriculture, cannabisGrow, countyLines, shortLets];
