// Groups that speak as one ("the crowd chanted", "hundreds of demonstrators marched, chanting …"), and the counting
// words that stand for some of them ("several said").
export const GROUPS = new Set(['crowd', 'crowds', 'audience', 'audiences', 'protesters', 'demonstrators', 'residents', 'voters', 'fans', 'police', 'family', 'families', 'administration', 'authorities', 'prosecutors', 'investigators', 'experts', 'analysts', 'lawmakers', 'officials', 'aides', 'allies', 'critics', 'sources', 'democrats', 'republicans', 'americans', 'polls', 'court', 'judge', 'jury', 'panel', 'board', 'council', 'senate', 'house', 'congress', 'staff', 'people', 'others', 'both', 'some', 'many', 'most', 'all', 'each', 'several', 'one', 'two', 'three',
  'tycoon', 'mogul', 'heavyweight', 'heavyweights', 'celebrity', 'legend', 'veteran', 'veterans', 'icon', 'boy', 'girl',
  'kid', 'kids', 'child', 'children', 'teen', 'teens', 'couple', 'guy', 'lady', 'mom', 'dad', 'hopeful', 'hopefuls',
  'native', 'figure', 'boss', 'liberals', 'progressives', 'conservatives', 'independents', 'group', 'groups']);
// Gatherings of people named by a singular noun ("the crowd", "the audience"): a "they", never a "he" or "she".
// (Bodies such as a board or a council speak as an "it".)
export const COLLECTIVES = new Set(['crowd', 'audience', 'family', 'staff', 'couple', 'group', 'team', 'band', 'class', 'public', 'congregation', 'chorus']);
