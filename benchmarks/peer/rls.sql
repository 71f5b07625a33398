-- Row-level security on the hub's own PostgreSQL tables (as its migrations create them, loaded by `data load`), so that
-- PostGraphile, connected as peer_api, returns the rows the hub's sharing policy returns to the same token. It mirrors the
-- row rules of src/Partnership.Schema/Policy/SharingPolicy.cs (and the conditions of src/Partnership.Data/Queries/ModelQueries.cs
-- they are made of) for the two callers the benchmark measures; README.md says where it cannot be exact.
--
--   SOCIAL_CARE   children (Kind = Child) of its councils; every plan of those children; every strategy discussion and
--                 conference of its councils, their links to visible children, all their invitations.
--   POLICE        meetings of its councils to which the force (any of its organisations) is invited (InvitedTo: any status,
--                 held or to come); their invitations (all agencies'); their links to children the force may identify.
--                 A child of its councils may be identified (ChildRow: Identity) through
--                   route 2  under statutory safeguarding today (an open s47 enquiry, or an open child protection, pre-birth or
--                            looked-after plan) and the force invited to one of the child's meetings or named on one of its plans;
--                   route 3  a current consent (given, not withdrawn, before its end date, its involvement plan still open) with
--                            a scope naming the force (any police organisation) and Identity;
--                   route 4  an unexpired, unrevoked emergency grant to this subject, for police and the token's organisation.
--                 A plan is visible where its child is and the child's ProtectionStatus is granted the same three ways.
--   anything else (health, education, housing, no token): no rows.
-- "Open on a day" is the hub's Period rule: start <= day and (no end or end > day). "Today" is the date in England of the
-- statement's instant, as HubCaller.Today.
--
-- The caller: serve.mjs verifies the hub's token and sets partnership.agency, .la, .org and .subject for the transaction;
-- the helpers below read them. Wrapped as (select peer_rules.x()) each is computed once per statement (an InitPlan).
--
-- Run as a superuser after `data load`:  psql -v api_password=... -f rls.sql   (idempotent)
-- Creates peer_api (LOGIN, no BYPASSRLS, SELECT on the five served tables and the councils: what PostGraphile connects as)
-- and peer_rules (NOLOGIN, BYPASSRLS: owns the helper schema peer_rules, whose views let the policies read the tables they
-- need without their own policies — no policy cycle, and every predicate stays inlinable for the planner). The hub connects
-- as the superuser, which row-level security never binds.
\set ON_ERROR_STOP on

do $$
begin
  if not exists (select from pg_roles where rolname = 'peer_rules') then create role peer_rules nologin bypassrls; end if;
  if not exists (select from pg_roles where rolname = 'peer_api') then create role peer_api login nosuperuser nobypassrls; end if;
end $$;
alter role peer_api password :'api_password';

drop schema if exists peer_rules cascade;
create schema peer_rules authorization peer_rules;
grant usage on schema public to peer_rules;
grant select on "LocalAuthorities", "Organisations", "Section47Enquiries", "Plans", "PlanMembers", "MeetingChildren",
  "MeetingInvitations", "Consents", "ConsentScopes", "EmergencyAccessGrants" to peer_rules;

set role peer_rules;

-- The tables the policies read, without their own row-level security (these views run as their owner, peer_rules).
create view peer_rules.organisations as select "Id", "Agency", "Urn", "OdsCode", "Name" from public."Organisations";
create view peer_rules.section47 as select "ChildId", "StartDate", "EndDate" from public."Section47Enquiries";
create view peer_rules.plans as select "Id", "ChildId", "Kind", "StartDate", "EndDate" from public."Plans";
create view peer_rules.plan_members as select "PlanId", "Agency", "OrganisationId" from public."PlanMembers";
create view peer_rules.meeting_children as select "MeetingId", "ChildId" from public."MeetingChildren";
create view peer_rules.invitations as select "MeetingId", "Agency", "OrganisationId" from public."MeetingInvitations";
create view peer_rules.consents as
  select "Id", "ChildId", "GivenAt", "WithdrawnAt", "EndsOn", "InvolvementPlanId" from public."Consents";
create view peer_rules.consent_scopes as select "ConsentId", "Agency", "OrganisationId", "Category" from public."ConsentScopes";
create view peer_rules.emergency_grants as
  select "ChildId", "Agency", "OrganisationId", "Subject", "GrantedAt", "ExpiresAt", "RevokedAt" from public."EmergencyAccessGrants";

-- The caller's agency as the model spells it (null without a token).
create function peer_rules.agency() returns text language sql stable as $$
  select case current_setting('partnership.agency', true)
    when 'SOCIAL_CARE' then 'SocialCare' when 'POLICE' then 'Police' when 'HEALTH' then 'Health'
    when 'EDUCATION' then 'Education' when 'HOUSING' then 'Housing' end $$;

-- The councils the token names (HubCaller.Councils), as ids.
create function peer_rules.councils() returns uuid[] language sql stable as $$
  select coalesce(array_agg(a."Id"), '{}') from public."LocalAuthorities" a
  where a."Code" = any (string_to_array(nullif(current_setting('partnership.la', true), ''), ',')) $$;

-- The organisation the token's org claim names, resolved as HubExecutor does: within the caller's agency, by id, else URN,
-- else ODS code, else name.
create function peer_rules.organisation() returns uuid language sql stable as $$
  select o."Id" from peer_rules.organisations o, (select nullif(current_setting('partnership.org', true), '') as org) t
  where o."Agency" = peer_rules.agency()
    and (o."Id"::text = lower(t.org) or o."Urn" = t.org or o."OdsCode" = t.org or o."Name" = t.org)
  order by case when o."Id"::text = lower(t.org) then 0 when o."Urn" = t.org then 1 when o."OdsCode" = t.org then 2 else 3 end
  limit 1 $$;

create function peer_rules.subject() returns text language sql stable as $$
  select nullif(current_setting('partnership.subject', true), '') $$;

create function peer_rules.today() returns date language sql stable as $$
  select (now() at time zone 'Europe/London')::date $$;

reset role;
grant usage on schema peer_rules to peer_api;
grant execute on all functions in schema peer_rules to peer_api;
grant select on all tables in schema peer_rules to peer_api;

-- What PostGraphile serves: the Amber preset exposes only what peer_api may select.
grant usage on schema public to peer_api;
grant select on "People", "Plans", "Meetings", "MeetingChildren", "MeetingInvitations", "LocalAuthorities" to peer_api;
-- Let PostGraphile order meetings by HeldAt (it offers orderBy only on a column that leads an index; the hub's have it second).
comment on column "Meetings"."HeldAt" is E'@behavior +orderBy';

-- A category of a child is granted to the caller (SharingPolicy.Sees, for the cells of social care and police), as SQL over
-- the child id expression `child`. Written once here and instantiated for People and for Plans below.
create function pg_temp.sees(child text, category text) returns text language sql immutable as $sql$
  select format($f$
  case (select peer_rules.agency())
    when 'SocialCare' then true
    when 'Police' then (
      -- route 2: under statutory safeguarding today, and the force invited to one of the child's meetings or named on a plan
      ( ( exists (select from peer_rules.section47 s where s."ChildId" = %1$s
                    and s."StartDate" <= (select peer_rules.today()) and (s."EndDate" is null or s."EndDate" > (select peer_rules.today())))
          or exists (select from peer_rules.plans k where k."ChildId" = %1$s and k."Kind" in ('ChildProtection', 'PreBirth', 'LookedAfter')
                    and k."StartDate" <= (select peer_rules.today()) and (k."EndDate" is null or k."EndDate" > (select peer_rules.today()))) )
        and ( exists (select from peer_rules.meeting_children mc join peer_rules.invitations i on i."MeetingId" = mc."MeetingId"
                      where mc."ChildId" = %1$s and i."Agency" = 'Police')
           or exists (select from peer_rules.plans k join peer_rules.plan_members m on m."PlanId" = k."Id"
                      where k."ChildId" = %1$s and m."Agency" = 'Police') ) )
      -- route 3: a current consent naming the force and the category
      or exists (select from peer_rules.consents k
                 where k."ChildId" = %1$s and k."GivenAt" <= now() and (k."WithdrawnAt" is null or k."WithdrawnAt" > now())
                   and (k."EndsOn" is null or k."EndsOn" > (select peer_rules.today()))
                   and (k."InvolvementPlanId" is null or exists (select from peer_rules.plans ip where ip."Id" = k."InvolvementPlanId"
                          and ip."StartDate" <= (select peer_rules.today()) and (ip."EndDate" is null or ip."EndDate" > (select peer_rules.today()))))
                   and exists (select from peer_rules.consent_scopes cs
                               where cs."ConsentId" = k."Id" and cs."Agency" = 'Police' and cs."Category" = %2$L))
      -- route 4: an unexpired, unrevoked emergency grant to this practitioner, for the force and the token's organisation
      or exists (select from peer_rules.emergency_grants g
                 where g."ChildId" = %1$s and g."Subject" = (select peer_rules.subject()) and g."Agency" = 'Police'
                   and g."OrganisationId" is not distinct from (select peer_rules.organisation())
                   and g."GrantedAt" <= now() and g."ExpiresAt" > now() and g."RevokedAt" is null))
    else false
  end$f$, child, category) $sql$;

do $$
declare
  t text;
begin
  foreach t in array array['People', 'Plans', 'Meetings', 'MeetingChildren', 'MeetingInvitations'] loop
    execute format('alter table %I enable row level security', t);
    execute format('drop policy if exists peer_select on %I', t);
  end loop;

  -- Children (SharingPolicy.ChildRow): in the caller's councils, and Identity granted. Adults are not served by the hub.
  execute format($p$create policy peer_select on "People" for select to peer_api using (
    "Kind" = 'Child' and "LocalAuthorityId" = any ((select peer_rules.councils())::uuid[]) and %s)$p$,
    pg_temp.sees('"People"."Id"', 'Identity'));

  -- Plans (ProtectionStatusRow over the plan's child): the child visible, and its ProtectionStatus granted.
  execute format($p$create policy peer_select on "Plans" for select to peer_api using (
    exists (select from "People" p where p."Id" = "Plans"."ChildId") and %s)$p$,
    pg_temp.sees('"Plans"."ChildId"', 'ProtectionStatus'));
end $$;

-- Meetings (SeesMeeting): social care, those of its councils; police, those of its councils the force is invited to.
create policy peer_select on "Meetings" for select to peer_api using (
  "LocalAuthorityId" = any ((select peer_rules.councils())::uuid[])
  and case (select peer_rules.agency())
    when 'SocialCare' then true
    when 'Police' then exists (select from peer_rules.invitations i where i."MeetingId" = "Meetings"."Id" and i."Agency" = 'Police')
    else false
  end);

-- A meeting's child: the meeting visible and the child visible (the hub's children list is narrowed by the Child row rule).
-- The policies of Meetings and People apply inside.
create policy peer_select on "MeetingChildren" for select to peer_api using (
  exists (select from "Meetings" m where m."Id" = "MeetingChildren"."MeetingId")
  and exists (select from "People" p where p."Id" = "MeetingChildren"."ChildId"));

-- Invitations (Invitation row rule: over the meeting, SeesMeeting): every invitation of a visible meeting.
create policy peer_select on "MeetingInvitations" for select to peer_api using (
  exists (select from "Meetings" m where m."Id" = "MeetingInvitations"."MeetingId"));
