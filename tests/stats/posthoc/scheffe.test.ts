import { scheffe } from '../../../src/stats/posthoc/scheffe.js';
import { describeAgainstR } from '../../helpers/posthoc-fixture.js';

// Scheffe: pf(d^2 / ((k - 1) SE^2), k - 1, N - k, lower.tail = FALSE), intervals d ± sqrt((k - 1) qf(level, k - 1, N - k)) SE
// (fixtures/oracle/anova.R on fixtures/tukey-groups.csv and the sat scores of fixtures/groups-survey.csv).
describeAgainstR('scheffe', scheffe);
