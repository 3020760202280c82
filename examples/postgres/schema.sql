-- sokr's OKR set as Postgres tables (docs/guides/embedding.md, "Postgres").
--
-- One OKR set per database (or per Postgres schema). Each list of the set is a
-- table, one row per entity, keyed by the entity's id; `position` keeps the
-- order of the list, so the set read back is the set written, element for
-- element. Every reference is a foreign key. References that are a choice of
-- two ("an objective or a key result": a parent, a dependency's ends, a risk)
-- are two nullable columns with a check that exactly one (or at most one) is
-- set. Small nested values that only make sense with their row (a measure, an
-- objective's links, a check-in's value, a plan) are JSONB: they are read and
-- written with the row, and a patch deep inside them becomes a jsonb_set. Any
-- field this schema has no column for (a newer sokr field, or one kept with
-- `unknownKeys: 'keep'`) goes to the row's `extra` JSONB, so nothing is lost.
-- Dates stay the ISO strings of the set: a date-only string is a calendar day
-- in the set's time zone, a date-time an instant, and the text keeps which.
--
-- Foreign keys and the position keys are DEFERRABLE INITIALLY DEFERRED: they
-- are checked at COMMIT, so one transaction of patches may pass through
-- intermediate states (a row moved before its neighbour, two rows that
-- reference each other) as long as it ends in a valid set.

create table okr_set (
  singleton boolean primary key default true check (singleton),
  version integer not null,
  time_zone text,
  strategy_id text,
  mission text,
  vision text,
  strategy_values jsonb,
  has_swot boolean not null default false,
  strategy_extra jsonb not null default '{}',
  extra jsonb not null default '{}'
);

create table units (
  id text primary key,
  position integer not null check (position >= 0),
  name text not null,
  parent_id text references units (id) deferrable initially deferred,
  lead_id text,
  extra jsonb not null default '{}',
  unique (position) deferrable initially deferred
);

create table people (
  id text primary key,
  position integer not null check (position >= 0),
  name text not null,
  unit_id text references units (id) deferrable initially deferred,
  extra jsonb not null default '{}',
  unique (position) deferrable initially deferred
);

alter table units
  add foreign key (lead_id) references people (id) deferrable initially deferred;

create table pillars (
  id text primary key,
  position integer not null check (position >= 0),
  title text not null,
  description text,
  horizon jsonb,
  extra jsonb not null default '{}',
  unique (position) deferrable initially deferred
);

create table swot_items (
  id text primary key,
  position integer not null check (position >= 0),
  kind text not null check (kind in ('strength', 'weakness', 'opportunity', 'threat')),
  title text not null,
  unit_id text references units (id) deferrable initially deferred,
  description text,
  extra jsonb not null default '{}',
  unique (position) deferrable initially deferred
);

create table cycles (
  id text primary key,
  position integer not null check (position >= 0),
  name text not null,
  start_on text not null,
  end_on text not null,
  parent_id text references cycles (id) deferrable initially deferred,
  extra jsonb not null default '{}',
  unique (position) deferrable initially deferred
);

create table objectives (
  id text primary key,
  position integer not null check (position >= 0),
  title text not null,
  description text,
  unit_id text not null references units (id) deferrable initially deferred,
  cycle_id text not null references cycles (id) deferrable initially deferred,
  owner_id text references people (id) deferrable initially deferred,
  parent_objective_id text references objectives (id) deferrable initially deferred,
  parent_key_result_id text,
  links jsonb not null,
  commitment text not null check (commitment in ('committed', 'aspirational')),
  weight double precision check (weight >= 0),
  state text not null check (state in ('draft', 'proposed', 'approved', 'active', 'closed')),
  approved_by text references people (id) deferrable initially deferred,
  carried_from text references objectives (id) deferrable initially deferred,
  extra jsonb not null default '{}',
  check (num_nonnulls(parent_objective_id, parent_key_result_id) <= 1),
  unique (position) deferrable initially deferred
);

create table key_results (
  id text primary key,
  position integer not null check (position >= 0),
  objective_id text not null references objectives (id) deferrable initially deferred,
  title text not null,
  description text,
  owner_id text not null references people (id) deferrable initially deferred,
  weight double precision check (weight >= 0),
  due text,
  measure jsonb not null,
  confidence double precision,
  plan jsonb,
  extra jsonb not null default '{}',
  unique (position) deferrable initially deferred
);

alter table objectives
  add foreign key (parent_key_result_id) references key_results (id) deferrable initially deferred;

create table check_ins (
  id text primary key,
  position integer not null check (position >= 0),
  key_result_id text not null references key_results (id) deferrable initially deferred,
  at text not null,
  value jsonb not null,
  confidence double precision,
  moved text,
  blocked text,
  next text,
  author_id text references people (id) deferrable initially deferred,
  extra jsonb not null default '{}',
  unique (position) deferrable initially deferred
);

create index check_ins_by_key_result on check_ins (key_result_id, at);

create table initiatives (
  id text primary key,
  position integer not null check (position >= 0),
  key_result_id text not null references key_results (id) deferrable initially deferred,
  title text not null,
  owner_id text references people (id) deferrable initially deferred,
  state text not null check (state in ('todo', 'doing', 'done')),
  due text,
  extra jsonb not null default '{}',
  unique (position) deferrable initially deferred
);

create table dependencies (
  id text primary key,
  position integer not null check (position >= 0),
  from_objective_id text references objectives (id) deferrable initially deferred,
  from_key_result_id text references key_results (id) deferrable initially deferred,
  on_objective_id text references objectives (id) deferrable initially deferred,
  on_key_result_id text references key_results (id) deferrable initially deferred,
  state text not null check (state in ('proposed', 'accepted', 'declined')),
  note text,
  decided_at text,
  extra jsonb not null default '{}',
  check (num_nonnulls(from_objective_id, from_key_result_id) = 1),
  check (num_nonnulls(on_objective_id, on_key_result_id) = 1),
  unique (position) deferrable initially deferred
);

create table risks (
  id text primary key,
  position integer not null check (position >= 0),
  key_result_id text references key_results (id) deferrable initially deferred,
  objective_id text references objectives (id) deferrable initially deferred,
  title text not null,
  likelihood text not null check (likelihood in ('low', 'medium', 'high')),
  impact text not null check (impact in ('low', 'medium', 'high')),
  mitigation text,
  extra jsonb not null default '{}',
  check (num_nonnulls(key_result_id, objective_id) <= 1),
  unique (position) deferrable initially deferred
);

-- The scorecard sokr computes, written back for other tools (BI, alerts) to
-- read: one row per subject of one scoring run (`label`), unrounded scores.
create table scores (
  label text not null,
  as_of text not null,
  subject text not null check (subject in ('company', 'unit', 'pillar', 'objective', 'key_result')),
  subject_id text not null,
  score double precision,
  band_id text,
  status text,
  primary key (label, subject, subject_id)
);
