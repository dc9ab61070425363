import { bonferroni } from '../../../src/stats/posthoc/bonferroni.js';
import { describeAgainstR } from '../../helpers/posthoc-fixture.js';

// Bonferroni: R's pairwise.t.test(pool.sd = TRUE, p.adjust.method = "bonferroni"), intervals d ± qt(1 - α/(2m), N - k) SE
// (fixtures/oracle/anova.R on fixtures/tukey-groups.csv and the sat scores of fixtures/groups-survey.csv).
describeAgainstR('bonferroni', bonferroni);
