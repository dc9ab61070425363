import { lsd } from '../../../src/stats/posthoc/lsd.js';
import { describeAgainstR } from '../../helpers/posthoc-fixture.js';

// LSD: R's pairwise.t.test(pool.sd = TRUE, p.adjust.method = "none"), intervals d ± qt(1 - α/2, N - k) SE
// (fixtures/oracle/anova.R on fixtures/tukey-groups.csv and the sat scores of fixtures/groups-survey.csv).
describeAgainstR('lsd', lsd);
