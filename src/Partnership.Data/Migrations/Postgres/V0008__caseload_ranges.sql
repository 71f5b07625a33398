-- V0008: caseload ranges beyond the hub's. A manager may set a worker's own range; otherwise the role's default applies, and a
-- newly qualified social worker in the ASYE year (the 12 months after qualifying) has a protected, lower maximum.
ALTER TABLE "Practitioners" ADD "QualifiedOn" date;
ALTER TABLE "Practitioners" ADD "CaseloadMin" integer;
ALTER TABLE "Practitioners" ADD "CaseloadMax" integer;
CREATE TABLE "CaseloadRoleDefaults" (
    "Role" character varying(40) NOT NULL,
    "NewlyQualified" boolean NOT NULL,
    "Min" integer NOT NULL,
    "Max" integer NOT NULL,
    CONSTRAINT "PK_CaseloadRoleDefaults" PRIMARY KEY ("Role", "NewlyQualified")
);
-- The same values as CaseloadRoleDefault.Initial.
INSERT INTO "CaseloadRoleDefaults" ("Role", "NewlyQualified", "Min", "Max") VALUES
    ('SocialWorker', false, 10, 22),
    ('SocialWorker', true, 5, 15),
    ('ConsultantSocialWorker', false, 5, 16);
-- Who changed a hub's or a worker's range, when, from what to what.
CREATE TABLE "CaseloadRangeChanges" (
    "Id" uuid NOT NULL,
    "OrganisationId" uuid NOT NULL,
    "PractitionerId" uuid,
    "PreviousMin" integer,
    "PreviousMax" integer,
    "Min" integer,
    "Max" integer,
    "ChangedBy" character varying(400) NOT NULL,
    "ChangedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_CaseloadRangeChanges" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_CaseloadRangeChanges_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_CaseloadRangeChanges_Practitioners_PractitionerId" FOREIGN KEY ("PractitionerId") REFERENCES "Practitioners" ("Id") ON DELETE RESTRICT
);
CREATE INDEX "IX_CaseloadRangeChanges_OrganisationId_ChangedAt" ON "CaseloadRangeChanges" ("OrganisationId", "ChangedAt");
CREATE INDEX "IX_CaseloadRangeChanges_PractitionerId" ON "CaseloadRangeChanges" ("PractitionerId");
