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
