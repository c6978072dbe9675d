// Names of the server dictionaries the supervision pages use (GET /api/v1/dictionaries;
// src/domain/clues/clue_enums.cpp and the talks module). One place to follow a rename.
export const SV = {
  source: 'clue.source',
  category: 'clue.category',
  disposition: 'clue.disposition',
  state: 'clue.state',
  action: 'clue.action',
  part: 'clue.role',
  form: 'clue.form',
  conclusion: 'clue.conclusion',
  deadlineStage: 'clue.deadline_stage',
  deadlineStatus: 'clue.deadline_status',
  linkKind: 'clue.link_kind',
  cadreAuthority: 'clue.cadre_authority',
  classification: 'clue.classification',
  talkKind: 'talk.kind',
  positionEventKind: 'position_event_kind',
} as const
