-- V0004: a meeting's lifecycle — where it is, whether it was cancelled and why, and when it last changed (a version that goes
-- up by one with every change), so a force system can see what changed since it last looked.
ALTER TABLE "Meetings" ADD "Location" character varying(200) NULL;
ALTER TABLE "Meetings" ADD "CancelledAt" timestamp with time zone NULL;
ALTER TABLE "Meetings" ADD "CancellationReason" character varying(1000) NULL;
ALTER TABLE "Meetings" ADD "UpdatedAt" timestamp with time zone NOT NULL DEFAULT now();
ALTER TABLE "Meetings" ADD "Version" integer NOT NULL DEFAULT 1;
-- Existing meetings last changed when they were held (or, for those to come, when they were scheduled: unknown, so now).
UPDATE "Meetings" SET "UpdatedAt" = LEAST("HeldAt", now());
ALTER TABLE "Meetings" ALTER COLUMN "UpdatedAt" DROP DEFAULT;
ALTER TABLE "Meetings" ALTER COLUMN "Version" DROP DEFAULT;
CREATE INDEX "IX_Meetings_UpdatedAt" ON "Meetings" ("UpdatedAt");
