-- V0004: a meeting's lifecycle — where it is, whether it was cancelled and why, and when it last changed (a version that goes
-- up by one with every change), so a force system can see what changed since it last looked.
ALTER TABLE "Meetings" ADD "Location" TEXT NULL;
ALTER TABLE "Meetings" ADD "CancelledAt" INTEGER NULL;
ALTER TABLE "Meetings" ADD "CancellationReason" TEXT NULL;
ALTER TABLE "Meetings" ADD "UpdatedAt" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Meetings" ADD "Version" INTEGER NOT NULL DEFAULT 1;
-- Existing meetings last changed when they were held (or, for those to come, when they were scheduled: unknown, so now).
UPDATE "Meetings" SET "UpdatedAt" = CASE WHEN "HeldAt" < (strftime('%s', 'now') * 10000000 + 621355968000000000) THEN "HeldAt"
    ELSE strftime('%s', 'now') * 10000000 + 621355968000000000 END;
CREATE INDEX "IX_Meetings_UpdatedAt" ON "Meetings" ("UpdatedAt");
