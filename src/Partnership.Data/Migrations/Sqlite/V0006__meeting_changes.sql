-- V0006: the meeting change feed — every change to a meeting in the order it was committed, so a force system can follow
-- them from a cursor (across restarts and gateways) instead of polling every meeting.
CREATE TABLE "MeetingChanges" (
    "Sequence" INTEGER NOT NULL CONSTRAINT "PK_MeetingChanges" PRIMARY KEY AUTOINCREMENT,
    "MeetingId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "At" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    "Agency" TEXT NULL,
    "OrganisationId" TEXT NULL,
    "SubjectId" TEXT NULL
);
CREATE INDEX "IX_MeetingChanges_MeetingId" ON "MeetingChanges" ("MeetingId");
-- Every meeting already there starts the feed as scheduled, at its current version, oldest change first.
INSERT INTO "MeetingChanges" ("MeetingId", "Kind", "At", "Version")
SELECT "Id", 'Scheduled', "UpdatedAt", "Version" FROM "Meetings" ORDER BY "UpdatedAt", "Id";
