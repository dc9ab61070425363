import { sidak } from '../../../src/stats/posthoc/sidak.js';
import { describeAgainstR } from '../../helpers/posthoc-fixture.js';

// Sidak: 1 - (1 - p)^m of R's unadjusted pairwise.t.test p, intervals d ± qt(1 - α'/2, N - k) SE, α' = 1 - (1 - α)^(1/m)
// (fixtures/oracle/anova.R on fixtures/tukey-groups.csv and the sat scores of fixtures/groups-survey.csv).
describeAgainstR('sidak', sidak);
