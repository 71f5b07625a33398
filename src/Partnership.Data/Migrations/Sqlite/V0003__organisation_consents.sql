-- V0003: sharing is with organisations, not whole agencies (domain.md, "Decided readings").
-- A consent names recipient organisations, may state an end date, and belongs to the involvement (an early-help or child-in-need
-- plan) it was given for; an unborn child is linked to the expectant mother, whose NHS number finds the pre-birth plan (CP-IS).
ALTER TABLE "Consents" ADD "EndsOn" TEXT NULL;
ALTER TABLE "Consents" ADD "InvolvementPlanId" TEXT NULL CONSTRAINT "FK_Consents_Plans_InvolvementPlanId" REFERENCES "Plans" ("Id") ON DELETE RESTRICT;
ALTER TABLE "People" ADD "MotherId" TEXT NULL CONSTRAINT "FK_People_People_MotherId" REFERENCES "People" ("Id") ON DELETE RESTRICT;

CREATE INDEX "IX_Consents_InvolvementPlanId" ON "Consents" ("InvolvementPlanId");
CREATE INDEX "IX_People_MotherId" ON "People" ("MotherId");

-- Existing consents belong to the child's latest early-help or child-in-need plan: they lapse when it closes.
UPDATE "Consents" SET "InvolvementPlanId" = (
    SELECT p."Id" FROM "Plans" p
    WHERE p."ChildId" = "Consents"."ChildId" AND p."Kind" IN ('EarlyHelp', 'ChildInNeed')
    ORDER BY p."StartDate" DESC, p."Id" LIMIT 1);

-- An unborn child's expectant mother: the mother in a household the child belongs to.
UPDATE "People" SET "MotherId" = (
    SELECT m."PersonId" FROM "HouseholdMembers" c JOIN "HouseholdMembers" m ON m."HouseholdId" = c."HouseholdId"
    WHERE c."PersonId" = "People"."Id" AND m."Relationship" = 'Mother'
    ORDER BY m."PersonId" LIMIT 1)
WHERE "Kind" = 'Child' AND "DateOfBirth" IS NULL AND "ExpectedDateOfBirth" IS NOT NULL;

-- Consent scopes name an organisation. A scope that named a whole agency becomes one scope per organisation of that agency
-- involved with the child today: its school, health visiting team or GP practice, the housing team that linked it, an
-- organisation invited to the child's meetings or named on its plans; for police, the force's organisations serving the
-- child's council. An agency-wide scope with no such organisation opens nothing and is dropped.
ALTER TABLE "ConsentScopes" RENAME TO "ConsentScopesV2";

CREATE TABLE "ConsentScopes" (
    "ConsentId" TEXT NOT NULL,
    "OrganisationId" TEXT NOT NULL,
    "Category" TEXT NOT NULL,
    "Agency" TEXT NOT NULL,
    CONSTRAINT "PK_ConsentScopes" PRIMARY KEY ("ConsentId", "OrganisationId", "Category"),
    CONSTRAINT "FK_ConsentScopes_Consents_ConsentId" FOREIGN KEY ("ConsentId") REFERENCES "Consents" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_ConsentScopes_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);

INSERT INTO "ConsentScopes" ("ConsentId", "OrganisationId", "Category", "Agency")
SELECT DISTINCT s."ConsentId", inv."OrganisationId", s."Category", s."Agency"
FROM "ConsentScopesV2" s
JOIN "Consents" k ON k."Id" = s."ConsentId"
JOIN (
    SELECT e."PersonId" AS "ChildId", e."SchoolId" AS "OrganisationId", 'Education' AS "Agency" FROM "SchoolEnrolments" e
        WHERE e."StartDate" <= date('now') AND (e."EndDate" IS NULL OR e."EndDate" > date('now'))
    UNION SELECT h."PersonId", h."TeamId", 'Health' FROM "HealthVisitingAssignments" h
        WHERE h."StartDate" <= date('now') AND (h."EndDate" IS NULL OR h."EndDate" > date('now'))
    UNION SELECT g."PersonId", g."PracticeId", 'Health' FROM "GpRegistrations" g
        WHERE g."StartDate" <= date('now') AND (g."EndDate" IS NULL OR g."EndDate" > date('now'))
    UNION SELECT m."PersonId", m."LinkedByOrganisationId", m."LinkedByAgency" FROM "HouseholdMembers" m
        WHERE m."LinkedByOrganisationId" IS NOT NULL
    UNION SELECT mc."ChildId", i."OrganisationId", i."Agency" FROM "MeetingChildren" mc JOIN "MeetingInvitations" i ON i."MeetingId" = mc."MeetingId"
        WHERE i."OrganisationId" IS NOT NULL
    UNION SELECT p."ChildId", pm."OrganisationId", pm."Agency" FROM "Plans" p JOIN "PlanMembers" pm ON pm."PlanId" = p."Id"
        WHERE pm."OrganisationId" IS NOT NULL
    UNION SELECT c."Id", o."Id", 'Police' FROM "People" c JOIN "Organisations" o ON o."Agency" = 'Police'
        AND (o."LocalAuthorityId" = c."LocalAuthorityId" OR o."LocalAuthorityId" IS NULL)
        WHERE c."Kind" = 'Child'
) inv ON inv."ChildId" = k."ChildId" AND inv."Agency" = s."Agency";

DROP TABLE "ConsentScopesV2";
CREATE INDEX "IX_ConsentScopes_OrganisationId_Category" ON "ConsentScopes" ("OrganisationId", "Category");
