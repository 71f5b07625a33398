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
