-- V0008: caseload ranges beyond the hub's. A manager may set a worker's own range; otherwise the role's default applies, and a
-- newly qualified social worker in the ASYE year (the 12 months after qualifying) has a protected, lower maximum.
ALTER TABLE "Practitioners" ADD "QualifiedOn" TEXT NULL;
ALTER TABLE "Practitioners" ADD "CaseloadMin" INTEGER NULL;
ALTER TABLE "Practitioners" ADD "CaseloadMax" INTEGER NULL;
CREATE TABLE "CaseloadRoleDefaults" (
    "Role" TEXT NOT NULL,
    "NewlyQualified" INTEGER NOT NULL,
    "Min" INTEGER NOT NULL,
    "Max" INTEGER NOT NULL,
    CONSTRAINT "PK_CaseloadRoleDefaults" PRIMARY KEY ("Role", "NewlyQualified")
);
-- The same values as CaseloadRoleDefault.Initial.
INSERT INTO "CaseloadRoleDefaults" ("Role", "NewlyQualified", "Min", "Max") VALUES
    ('SocialWorker', 0, 10, 22),
    ('SocialWorker', 1, 5, 15),
    ('ConsultantSocialWorker', 0, 5, 16);
-- Who changed a hub's or a worker's range, when, from what to what.
CREATE TABLE "CaseloadRangeChanges" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CaseloadRangeChanges" PRIMARY KEY,
    "OrganisationId" TEXT NOT NULL,
    "PractitionerId" TEXT NULL,
    "PreviousMin" INTEGER NULL,
    "PreviousMax" INTEGER NULL,
    "Min" INTEGER NULL,
    "Max" INTEGER NULL,
    "ChangedBy" TEXT NOT NULL,
    "ChangedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_CaseloadRangeChanges_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_CaseloadRangeChanges_Practitioners_PractitionerId" FOREIGN KEY ("PractitionerId") REFERENCES "Practitioners" ("Id") ON DELETE RESTRICT
);
CREATE INDEX "IX_CaseloadRangeChanges_OrganisationId_ChangedAt" ON "CaseloadRangeChanges" ("OrganisationId", "ChangedAt");
CREATE INDEX "IX_CaseloadRangeChanges_PractitionerId" ON "CaseloadRangeChanges" ("PractitionerId");
