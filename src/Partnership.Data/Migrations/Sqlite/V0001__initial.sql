-- V0001: initial schema (generated from the model by SchemaScript.Create(Sqlite), plus the audit triggers).
CREATE TABLE "AccessAuditEntries" (
    "Sequence" INTEGER NOT NULL CONSTRAINT "PK_AccessAuditEntries" PRIMARY KEY,
    "OccurredAt" INTEGER NOT NULL,
    "Subject" TEXT NOT NULL,
    "Agency" TEXT NOT NULL,
    "OrganisationId" TEXT NULL,
    "Operation" TEXT NOT NULL,
    "Purpose" TEXT NOT NULL,
    "PreviousHash" TEXT NOT NULL,
    "Hash" TEXT NOT NULL
);


CREATE TABLE "LocalAuthorities" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_LocalAuthorities" PRIMARY KEY,
    "Code" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "OfficeHoursPhone" TEXT NULL,
    "OutOfHoursPhone" TEXT NULL
);


CREATE TABLE "AccessAuditItems" (
    "EntrySequence" INTEGER NOT NULL,
    "ChildId" TEXT NOT NULL,
    "Category" TEXT NOT NULL,
    "Route" TEXT NOT NULL,
    CONSTRAINT "PK_AccessAuditItems" PRIMARY KEY ("EntrySequence", "ChildId", "Category"),
    CONSTRAINT "FK_AccessAuditItems_AccessAuditEntries_EntrySequence" FOREIGN KEY ("EntrySequence") REFERENCES "AccessAuditEntries" ("Sequence") ON DELETE RESTRICT
);


CREATE TABLE "Households" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Households" PRIMARY KEY,
    "LocalAuthorityId" TEXT NOT NULL,
    "Reference" TEXT NULL,
    CONSTRAINT "FK_Households_LocalAuthorities_LocalAuthorityId" FOREIGN KEY ("LocalAuthorityId") REFERENCES "LocalAuthorities" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "Organisations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Organisations" PRIMARY KEY,
    "Agency" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "LocalAuthorityId" TEXT NULL,
    "Urn" TEXT NULL,
    "OdsCode" TEXT NULL,
    "Specialism" TEXT NULL,
    "CaseloadMin" INTEGER NULL,
    "CaseloadMax" INTEGER NULL,
    "Phone" TEXT NULL,
    CONSTRAINT "FK_Organisations_LocalAuthorities_LocalAuthorityId" FOREIGN KEY ("LocalAuthorityId") REFERENCES "LocalAuthorities" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "People" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_People" PRIMARY KEY,
    "Kind" TEXT NOT NULL,
    "LocalAuthorityId" TEXT NULL,
    "CaseHoldingHubId" TEXT NULL,
    "GivenName" TEXT NULL,
    "FamilyName" TEXT NULL,
    "DateOfBirth" TEXT NULL,
    "ExpectedDateOfBirth" TEXT NULL,
    "DateOfDeath" TEXT NULL,
    "Sex" TEXT NOT NULL,
    "Ethnicity" TEXT NULL,
    "NhsNumber" TEXT NULL,
    "Upn" TEXT NULL,
    "FormerUpn" TEXT NULL,
    "UpnUnknown" TEXT NULL,
    "LaChildId" TEXT NULL,
    CONSTRAINT "FK_People_LocalAuthorities_LocalAuthorityId" FOREIGN KEY ("LocalAuthorityId") REFERENCES "LocalAuthorities" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_People_Organisations_CaseHoldingHubId" FOREIGN KEY ("CaseHoldingHubId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "Practitioners" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Practitioners" PRIMARY KEY,
    "Agency" TEXT NOT NULL,
    "OrganisationId" TEXT NULL,
    "Role" TEXT NOT NULL,
    "GivenName" TEXT NOT NULL,
    "FamilyName" TEXT NOT NULL,
    "Email" TEXT NULL,
    "Phone" TEXT NULL,
    "Subject" TEXT NULL,
    CONSTRAINT "FK_Practitioners_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "Addresses" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Addresses" PRIMARY KEY,
    "PersonId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Line1" TEXT NOT NULL,
    "Line2" TEXT NULL,
    "Town" TEXT NOT NULL,
    "Postcode" TEXT NOT NULL,
    "Phone" TEXT NULL,
    "ValidFrom" TEXT NOT NULL,
    "ValidTo" TEXT NULL,
    "IsConfidential" INTEGER NOT NULL,
    CONSTRAINT "FK_Addresses_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE
);


CREATE TABLE "GpRegistrations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_GpRegistrations" PRIMARY KEY,
    "PersonId" TEXT NOT NULL,
    "PracticeId" TEXT NOT NULL,
    "StartDate" TEXT NOT NULL,
    "EndDate" TEXT NULL,
    CONSTRAINT "FK_GpRegistrations_Organisations_PracticeId" FOREIGN KEY ("PracticeId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_GpRegistrations_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE
);


CREATE TABLE "HouseholdMembers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_HouseholdMembers" PRIMARY KEY,
    "HouseholdId" TEXT NOT NULL,
    "PersonId" TEXT NOT NULL,
    "Relationship" TEXT NOT NULL,
    "LinkedByAgency" TEXT NOT NULL,
    "LinkedByOrganisationId" TEXT NULL,
    "LinkMethod" TEXT NOT NULL,
    "MatchWeight" REAL NULL,
    "LinkedAt" INTEGER NOT NULL,
    "From" TEXT NULL,
    "To" TEXT NULL,
    CONSTRAINT "FK_HouseholdMembers_Households_HouseholdId" FOREIGN KEY ("HouseholdId") REFERENCES "Households" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_HouseholdMembers_Organisations_LinkedByOrganisationId" FOREIGN KEY ("LinkedByOrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_HouseholdMembers_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Notifications" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Notifications" PRIMARY KEY,
    "ChildId" TEXT NOT NULL,
    "RecipientHubId" TEXT NOT NULL,
    "RecipientPractitionerId" TEXT NULL,
    "Kind" TEXT NOT NULL,
    "TriggeredByAgency" TEXT NOT NULL,
    "TriggeredByOrganisationId" TEXT NULL,
    "Message" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "ReadAt" INTEGER NULL,
    "AuditSequence" INTEGER NULL,
    CONSTRAINT "FK_Notifications_Organisations_RecipientHubId" FOREIGN KEY ("RecipientHubId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Notifications_People_ChildId" FOREIGN KEY ("ChildId") REFERENCES "People" ("Id") ON DELETE CASCADE
);


CREATE TABLE "PersonDisabilities" (
    "PersonId" TEXT NOT NULL,
    "Disability" TEXT NOT NULL,
    CONSTRAINT "PK_PersonDisabilities" PRIMARY KEY ("PersonId", "Disability"),
    CONSTRAINT "FK_PersonDisabilities_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE
);


CREATE TABLE "PersonIdentifiers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PersonIdentifiers" PRIMARY KEY,
    "PersonId" TEXT NOT NULL,
    "Agency" TEXT NOT NULL,
    "OrganisationId" TEXT NULL,
    "Scheme" TEXT NOT NULL,
    "Value" TEXT NOT NULL,
    CONSTRAINT "FK_PersonIdentifiers_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_PersonIdentifiers_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Referrals" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Referrals" PRIMARY KEY,
    "ChildId" TEXT NOT NULL,
    "LocalAuthorityId" TEXT NOT NULL,
    "ReferralDate" TEXT NOT NULL,
    "Source" TEXT NOT NULL,
    "PrimaryNeed" TEXT NULL,
    "NoFurtherAction" INTEGER NOT NULL,
    "ClosureDate" TEXT NULL,
    "ClosureReason" TEXT NULL,
    "InitialConferenceDate" TEXT NULL,
    CONSTRAINT "FK_Referrals_LocalAuthorities_LocalAuthorityId" FOREIGN KEY ("LocalAuthorityId") REFERENCES "LocalAuthorities" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Referrals_People_ChildId" FOREIGN KEY ("ChildId") REFERENCES "People" ("Id") ON DELETE CASCADE
);


CREATE TABLE "SchoolEnrolments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_SchoolEnrolments" PRIMARY KEY,
    "PersonId" TEXT NOT NULL,
    "SchoolId" TEXT NOT NULL,
    "StartDate" TEXT NOT NULL,
    "EndDate" TEXT NULL,
    CONSTRAINT "FK_SchoolEnrolments_Organisations_SchoolId" FOREIGN KEY ("SchoolId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_SchoolEnrolments_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Consents" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Consents" PRIMARY KEY,
    "ChildId" TEXT NOT NULL,
    "GivenByPersonId" TEXT NULL,
    "GivenByName" TEXT NOT NULL,
    "Relationship" TEXT NOT NULL,
    "GivenAt" INTEGER NOT NULL,
    "WithdrawnAt" INTEGER NULL,
    "RecordedById" TEXT NULL,
    "Notes" TEXT NULL,
    CONSTRAINT "FK_Consents_People_ChildId" FOREIGN KEY ("ChildId") REFERENCES "People" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Consents_People_GivenByPersonId" FOREIGN KEY ("GivenByPersonId") REFERENCES "People" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Consents_Practitioners_RecordedById" FOREIGN KEY ("RecordedById") REFERENCES "Practitioners" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "EmergencyAccessGrants" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_EmergencyAccessGrants" PRIMARY KEY,
    "ChildId" TEXT NOT NULL,
    "Agency" TEXT NOT NULL,
    "OrganisationId" TEXT NULL,
    "PractitionerId" TEXT NULL,
    "Subject" TEXT NOT NULL,
    "Reason" TEXT NOT NULL,
    "GrantedAt" INTEGER NOT NULL,
    "ExpiresAt" INTEGER NOT NULL,
    "RevokedAt" INTEGER NULL,
    "ReviewedAt" INTEGER NULL,
    "ReviewedBy" TEXT NULL,
    "ReviewOutcome" TEXT NULL,
    CONSTRAINT "FK_EmergencyAccessGrants_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_EmergencyAccessGrants_People_ChildId" FOREIGN KEY ("ChildId") REFERENCES "People" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_EmergencyAccessGrants_Practitioners_PractitionerId" FOREIGN KEY ("PractitionerId") REFERENCES "Practitioners" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "HealthVisitingAssignments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_HealthVisitingAssignments" PRIMARY KEY,
    "PersonId" TEXT NOT NULL,
    "TeamId" TEXT NOT NULL,
    "HealthVisitorId" TEXT NULL,
    "StartDate" TEXT NOT NULL,
    "EndDate" TEXT NULL,
    CONSTRAINT "FK_HealthVisitingAssignments_Organisations_TeamId" FOREIGN KEY ("TeamId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_HealthVisitingAssignments_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_HealthVisitingAssignments_Practitioners_HealthVisitorId" FOREIGN KEY ("HealthVisitorId") REFERENCES "Practitioners" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "Assessments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Assessments" PRIMARY KEY,
    "ReferralId" TEXT NOT NULL,
    "ChildId" TEXT NOT NULL,
    "StartDate" TEXT NOT NULL,
    "InternalReviewDate" TEXT NULL,
    "AuthorisationDate" TEXT NULL,
    "SocialWorkerId" TEXT NULL,
    "Summary" TEXT NULL,
    CONSTRAINT "FK_Assessments_People_ChildId" FOREIGN KEY ("ChildId") REFERENCES "People" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Assessments_Practitioners_SocialWorkerId" FOREIGN KEY ("SocialWorkerId") REFERENCES "Practitioners" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Assessments_Referrals_ReferralId" FOREIGN KEY ("ReferralId") REFERENCES "Referrals" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Contacts" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Contacts" PRIMARY KEY,
    "ChildId" TEXT NOT NULL,
    "LocalAuthorityId" TEXT NOT NULL,
    "ReceivedAt" INTEGER NOT NULL,
    "Source" TEXT NOT NULL,
    "Outcome" TEXT NOT NULL,
    "ReferralId" TEXT NULL,
    CONSTRAINT "FK_Contacts_LocalAuthorities_LocalAuthorityId" FOREIGN KEY ("LocalAuthorityId") REFERENCES "LocalAuthorities" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Contacts_People_ChildId" FOREIGN KEY ("ChildId") REFERENCES "People" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Contacts_Referrals_ReferralId" FOREIGN KEY ("ReferralId") REFERENCES "Referrals" ("Id") ON DELETE SET NULL
);


CREATE TABLE "Plans" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Plans" PRIMARY KEY,
    "Kind" TEXT NOT NULL,
    "ChildId" TEXT NOT NULL,
    "LocalAuthorityId" TEXT NOT NULL,
    "ReferralId" TEXT NULL,
    "StartDate" TEXT NOT NULL,
    "EndDate" TEXT NULL,
    "InitialCategory" TEXT NULL,
    "LatestCategory" TEXT NULL,
    "NumberOfPreviousPlans" INTEGER NULL,
    "LegalStatus" TEXT NULL,
    "PlacementType" TEXT NULL,
    "LeadPractitionerId" TEXT NULL,
    "OwningHubId" TEXT NULL,
    "Objectives" TEXT NULL,
    CONSTRAINT "FK_Plans_LocalAuthorities_LocalAuthorityId" FOREIGN KEY ("LocalAuthorityId") REFERENCES "LocalAuthorities" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Plans_Organisations_OwningHubId" FOREIGN KEY ("OwningHubId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Plans_People_ChildId" FOREIGN KEY ("ChildId") REFERENCES "People" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Plans_Practitioners_LeadPractitionerId" FOREIGN KEY ("LeadPractitionerId") REFERENCES "Practitioners" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Plans_Referrals_ReferralId" FOREIGN KEY ("ReferralId") REFERENCES "Referrals" ("Id") ON DELETE SET NULL
);


CREATE TABLE "ConsentScopes" (
    "ConsentId" TEXT NOT NULL,
    "Agency" TEXT NOT NULL,
    "Category" TEXT NOT NULL,
    CONSTRAINT "PK_ConsentScopes" PRIMARY KEY ("ConsentId", "Agency", "Category"),
    CONSTRAINT "FK_ConsentScopes_Consents_ConsentId" FOREIGN KEY ("ConsentId") REFERENCES "Consents" ("Id") ON DELETE CASCADE
);


CREATE TABLE "SharingDecisions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_SharingDecisions" PRIMARY KEY,
    "ChildId" TEXT NULL,
    "Category" TEXT NOT NULL,
    "RecipientAgency" TEXT NOT NULL,
    "RecipientOrganisationId" TEXT NULL,
    "Shared" INTEGER NOT NULL,
    "Route" TEXT NOT NULL,
    "Reason" TEXT NOT NULL,
    "DecidedBy" TEXT NOT NULL,
    "DecidedByAgency" TEXT NOT NULL,
    "DecidedAt" INTEGER NOT NULL,
    "ConsentRecordId" TEXT NULL,
    "EmergencyAccessGrantId" TEXT NULL,
    CONSTRAINT "FK_SharingDecisions_Consents_ConsentRecordId" FOREIGN KEY ("ConsentRecordId") REFERENCES "Consents" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_SharingDecisions_EmergencyAccessGrants_EmergencyAccessGrantId" FOREIGN KEY ("EmergencyAccessGrantId") REFERENCES "EmergencyAccessGrants" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_SharingDecisions_People_ChildId" FOREIGN KEY ("ChildId") REFERENCES "People" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "AssessmentFactors" (
    "AssessmentId" TEXT NOT NULL,
    "Factor" TEXT NOT NULL,
    CONSTRAINT "PK_AssessmentFactors" PRIMARY KEY ("AssessmentId", "Factor"),
    CONSTRAINT "FK_AssessmentFactors_Assessments_AssessmentId" FOREIGN KEY ("AssessmentId") REFERENCES "Assessments" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Meetings" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Meetings" PRIMARY KEY,
    "Kind" TEXT NOT NULL,
    "LocalAuthorityId" TEXT NOT NULL,
    "HeldAt" INTEGER NOT NULL,
    "Mode" TEXT NOT NULL,
    "ChairId" TEXT NULL,
    "PlanId" TEXT NULL,
    "ConferenceOutcome" TEXT NULL,
    "DecisionStartSection47" INTEGER NULL,
    "DecisionCriminalInvestigation" TEXT NULL,
    "DecisionLegalAction" INTEGER NULL,
    "DecisionFurtherInformation" TEXT NULL,
    "DecisionSiblings" TEXT NULL,
    "DecisionNotes" TEXT NULL,
    CONSTRAINT "FK_Meetings_LocalAuthorities_LocalAuthorityId" FOREIGN KEY ("LocalAuthorityId") REFERENCES "LocalAuthorities" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Meetings_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_Meetings_Practitioners_ChairId" FOREIGN KEY ("ChairId") REFERENCES "Practitioners" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "PlanActions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PlanActions" PRIMARY KEY,
    "PlanId" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "OwnerAgency" TEXT NOT NULL,
    "OwnerOrganisationId" TEXT NULL,
    "DueDate" TEXT NULL,
    "CompletedOn" TEXT NULL,
    CONSTRAINT "FK_PlanActions_Organisations_OwnerOrganisationId" FOREIGN KEY ("OwnerOrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_PlanActions_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
);


CREATE TABLE "PlanMembers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PlanMembers" PRIMARY KEY,
    "PlanId" TEXT NOT NULL,
    "Agency" TEXT NOT NULL,
    "OrganisationId" TEXT NULL,
    "PractitionerId" TEXT NULL,
    "Role" TEXT NULL,
    CONSTRAINT "FK_PlanMembers_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_PlanMembers_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_PlanMembers_Practitioners_PractitionerId" FOREIGN KEY ("PractitionerId") REFERENCES "Practitioners" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "MeetingActions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MeetingActions" PRIMARY KEY,
    "MeetingId" TEXT NOT NULL,
    "ChildId" TEXT NULL,
    "Description" TEXT NOT NULL,
    "OwnerAgency" TEXT NOT NULL,
    "OwnerOrganisationId" TEXT NULL,
    "DueDate" TEXT NOT NULL,
    "CompletedOn" TEXT NULL,
    CONSTRAINT "FK_MeetingActions_Meetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "Meetings" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_MeetingActions_Organisations_OwnerOrganisationId" FOREIGN KEY ("OwnerOrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_MeetingActions_People_ChildId" FOREIGN KEY ("ChildId") REFERENCES "People" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "MeetingChildren" (
    "MeetingId" TEXT NOT NULL,
    "ChildId" TEXT NOT NULL,
    CONSTRAINT "PK_MeetingChildren" PRIMARY KEY ("MeetingId", "ChildId"),
    CONSTRAINT "FK_MeetingChildren_Meetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "Meetings" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_MeetingChildren_People_ChildId" FOREIGN KEY ("ChildId") REFERENCES "People" ("Id") ON DELETE CASCADE
);


CREATE TABLE "MeetingContributions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MeetingContributions" PRIMARY KEY,
    "MeetingId" TEXT NOT NULL,
    "ChildId" TEXT NULL,
    "Agency" TEXT NOT NULL,
    "OrganisationId" TEXT NULL,
    "AuthorId" TEXT NULL,
    "Category" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "RecordedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_MeetingContributions_Meetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "Meetings" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_MeetingContributions_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_MeetingContributions_People_ChildId" FOREIGN KEY ("ChildId") REFERENCES "People" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_MeetingContributions_Practitioners_AuthorId" FOREIGN KEY ("AuthorId") REFERENCES "Practitioners" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "MeetingInvitations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MeetingInvitations" PRIMARY KEY,
    "MeetingId" TEXT NOT NULL,
    "Agency" TEXT NOT NULL,
    "OrganisationId" TEXT NULL,
    "PractitionerId" TEXT NULL,
    "Status" TEXT NOT NULL,
    CONSTRAINT "FK_MeetingInvitations_Meetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "Meetings" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_MeetingInvitations_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_MeetingInvitations_Practitioners_PractitionerId" FOREIGN KEY ("PractitionerId") REFERENCES "Practitioners" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "PlanReviews" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PlanReviews" PRIMARY KEY,
    "PlanId" TEXT NOT NULL,
    "ReviewDate" TEXT NOT NULL,
    "MeetingId" TEXT NULL,
    CONSTRAINT "FK_PlanReviews_Meetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "Meetings" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_PlanReviews_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Section47Enquiries" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Section47Enquiries" PRIMARY KEY,
    "ReferralId" TEXT NOT NULL,
    "ChildId" TEXT NOT NULL,
    "StartDate" TEXT NOT NULL,
    "EndDate" TEXT NULL,
    "StrategyMeetingId" TEXT NULL,
    "InitialConferenceTarget" TEXT NULL,
    "InitialConferenceDate" TEXT NULL,
    "InitialConferenceNotRequired" INTEGER NOT NULL,
    CONSTRAINT "FK_Section47Enquiries_Meetings_StrategyMeetingId" FOREIGN KEY ("StrategyMeetingId") REFERENCES "Meetings" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_Section47Enquiries_People_ChildId" FOREIGN KEY ("ChildId") REFERENCES "People" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Section47Enquiries_Referrals_ReferralId" FOREIGN KEY ("ReferralId") REFERENCES "Referrals" ("Id") ON DELETE CASCADE
);


CREATE INDEX "IX_AccessAuditEntries_Agency_OccurredAt" ON "AccessAuditEntries" ("Agency", "OccurredAt");


CREATE INDEX "IX_AccessAuditEntries_OccurredAt" ON "AccessAuditEntries" ("OccurredAt");


CREATE INDEX "IX_AccessAuditItems_ChildId" ON "AccessAuditItems" ("ChildId");


CREATE INDEX "IX_Addresses_PersonId_ValidFrom" ON "Addresses" ("PersonId", "ValidFrom");


CREATE INDEX "IX_Addresses_Postcode" ON "Addresses" ("Postcode");


CREATE INDEX "IX_Assessments_ChildId" ON "Assessments" ("ChildId");


CREATE INDEX "IX_Assessments_ReferralId" ON "Assessments" ("ReferralId");


CREATE INDEX "IX_Assessments_SocialWorkerId" ON "Assessments" ("SocialWorkerId");


CREATE INDEX "IX_Consents_ChildId_WithdrawnAt" ON "Consents" ("ChildId", "WithdrawnAt");


CREATE INDEX "IX_Consents_GivenByPersonId" ON "Consents" ("GivenByPersonId");


CREATE INDEX "IX_Consents_RecordedById" ON "Consents" ("RecordedById");


CREATE INDEX "IX_Contacts_ChildId" ON "Contacts" ("ChildId");


CREATE INDEX "IX_Contacts_LocalAuthorityId_ReceivedAt" ON "Contacts" ("LocalAuthorityId", "ReceivedAt");


CREATE INDEX "IX_Contacts_ReferralId" ON "Contacts" ("ReferralId");


CREATE INDEX "IX_EmergencyAccessGrants_ChildId_Agency_ExpiresAt" ON "EmergencyAccessGrants" ("ChildId", "Agency", "ExpiresAt");


CREATE INDEX "IX_EmergencyAccessGrants_OrganisationId" ON "EmergencyAccessGrants" ("OrganisationId");


CREATE INDEX "IX_EmergencyAccessGrants_PractitionerId" ON "EmergencyAccessGrants" ("PractitionerId");


CREATE INDEX "IX_EmergencyAccessGrants_ReviewedAt" ON "EmergencyAccessGrants" ("ReviewedAt");


CREATE INDEX "IX_GpRegistrations_PersonId" ON "GpRegistrations" ("PersonId");


CREATE INDEX "IX_GpRegistrations_PracticeId" ON "GpRegistrations" ("PracticeId");


CREATE INDEX "IX_HealthVisitingAssignments_HealthVisitorId" ON "HealthVisitingAssignments" ("HealthVisitorId");


CREATE INDEX "IX_HealthVisitingAssignments_PersonId" ON "HealthVisitingAssignments" ("PersonId");


CREATE INDEX "IX_HealthVisitingAssignments_TeamId_EndDate" ON "HealthVisitingAssignments" ("TeamId", "EndDate");


CREATE UNIQUE INDEX "IX_HouseholdMembers_HouseholdId_PersonId" ON "HouseholdMembers" ("HouseholdId", "PersonId");


CREATE INDEX "IX_HouseholdMembers_LinkedByAgency_LinkedByOrganisationId" ON "HouseholdMembers" ("LinkedByAgency", "LinkedByOrganisationId");


CREATE INDEX "IX_HouseholdMembers_LinkedByOrganisationId" ON "HouseholdMembers" ("LinkedByOrganisationId");


CREATE INDEX "IX_HouseholdMembers_PersonId" ON "HouseholdMembers" ("PersonId");


CREATE INDEX "IX_Households_LocalAuthorityId" ON "Households" ("LocalAuthorityId");


CREATE INDEX "IX_Households_Reference" ON "Households" ("Reference");


CREATE UNIQUE INDEX "IX_LocalAuthorities_Code" ON "LocalAuthorities" ("Code");


CREATE INDEX "IX_MeetingActions_ChildId" ON "MeetingActions" ("ChildId");


CREATE INDEX "IX_MeetingActions_MeetingId" ON "MeetingActions" ("MeetingId");


CREATE INDEX "IX_MeetingActions_OwnerAgency_OwnerOrganisationId_CompletedOn" ON "MeetingActions" ("OwnerAgency", "OwnerOrganisationId", "CompletedOn");


CREATE INDEX "IX_MeetingActions_OwnerOrganisationId" ON "MeetingActions" ("OwnerOrganisationId");


CREATE INDEX "IX_MeetingChildren_ChildId" ON "MeetingChildren" ("ChildId");


CREATE INDEX "IX_MeetingContributions_AuthorId" ON "MeetingContributions" ("AuthorId");


CREATE INDEX "IX_MeetingContributions_ChildId" ON "MeetingContributions" ("ChildId");


CREATE INDEX "IX_MeetingContributions_MeetingId_Agency" ON "MeetingContributions" ("MeetingId", "Agency");


CREATE INDEX "IX_MeetingContributions_OrganisationId" ON "MeetingContributions" ("OrganisationId");


CREATE INDEX "IX_MeetingInvitations_Agency_OrganisationId" ON "MeetingInvitations" ("Agency", "OrganisationId");


CREATE INDEX "IX_MeetingInvitations_MeetingId_Agency" ON "MeetingInvitations" ("MeetingId", "Agency");


CREATE INDEX "IX_MeetingInvitations_OrganisationId" ON "MeetingInvitations" ("OrganisationId");


CREATE INDEX "IX_MeetingInvitations_PractitionerId" ON "MeetingInvitations" ("PractitionerId");


CREATE INDEX "IX_Meetings_ChairId" ON "Meetings" ("ChairId");


CREATE INDEX "IX_Meetings_Kind_HeldAt" ON "Meetings" ("Kind", "HeldAt");


CREATE INDEX "IX_Meetings_LocalAuthorityId_Kind_HeldAt" ON "Meetings" ("LocalAuthorityId", "Kind", "HeldAt");


CREATE INDEX "IX_Meetings_PlanId" ON "Meetings" ("PlanId");


CREATE INDEX "IX_Notifications_ChildId" ON "Notifications" ("ChildId");


CREATE INDEX "IX_Notifications_RecipientHubId_ReadAt" ON "Notifications" ("RecipientHubId", "ReadAt");


CREATE INDEX "IX_Organisations_Agency" ON "Organisations" ("Agency");


CREATE INDEX "IX_Organisations_LocalAuthorityId_Kind" ON "Organisations" ("LocalAuthorityId", "Kind");


CREATE UNIQUE INDEX "IX_Organisations_Urn" ON "Organisations" ("Urn");


CREATE INDEX "IX_People_CaseHoldingHubId" ON "People" ("CaseHoldingHubId");


CREATE INDEX "IX_People_FamilyName_DateOfBirth" ON "People" ("FamilyName", "DateOfBirth");


CREATE INDEX "IX_People_LocalAuthorityId_Kind_DateOfBirth" ON "People" ("LocalAuthorityId", "Kind", "DateOfBirth");


CREATE UNIQUE INDEX "IX_People_LocalAuthorityId_LaChildId" ON "People" ("LocalAuthorityId", "LaChildId");


CREATE UNIQUE INDEX "IX_People_NhsNumber" ON "People" ("NhsNumber");


CREATE INDEX "IX_People_Upn" ON "People" ("Upn");


CREATE INDEX "IX_PersonIdentifiers_OrganisationId" ON "PersonIdentifiers" ("OrganisationId");


CREATE INDEX "IX_PersonIdentifiers_PersonId" ON "PersonIdentifiers" ("PersonId");


CREATE UNIQUE INDEX "IX_PersonIdentifiers_Scheme_Value" ON "PersonIdentifiers" ("Scheme", "Value");


CREATE INDEX "IX_PlanActions_OwnerAgency_OwnerOrganisationId" ON "PlanActions" ("OwnerAgency", "OwnerOrganisationId");


CREATE INDEX "IX_PlanActions_OwnerOrganisationId" ON "PlanActions" ("OwnerOrganisationId");


CREATE INDEX "IX_PlanActions_PlanId" ON "PlanActions" ("PlanId");


CREATE INDEX "IX_PlanMembers_Agency_OrganisationId" ON "PlanMembers" ("Agency", "OrganisationId");


CREATE INDEX "IX_PlanMembers_OrganisationId" ON "PlanMembers" ("OrganisationId");


CREATE INDEX "IX_PlanMembers_PlanId_Agency" ON "PlanMembers" ("PlanId", "Agency");


CREATE INDEX "IX_PlanMembers_PractitionerId" ON "PlanMembers" ("PractitionerId");


CREATE INDEX "IX_PlanReviews_MeetingId" ON "PlanReviews" ("MeetingId");


CREATE INDEX "IX_PlanReviews_PlanId_ReviewDate" ON "PlanReviews" ("PlanId", "ReviewDate");


CREATE INDEX "IX_Plans_ChildId_Kind_StartDate" ON "Plans" ("ChildId", "Kind", "StartDate");


CREATE INDEX "IX_Plans_LeadPractitionerId" ON "Plans" ("LeadPractitionerId");


CREATE INDEX "IX_Plans_LocalAuthorityId_Kind_StartDate" ON "Plans" ("LocalAuthorityId", "Kind", "StartDate");


CREATE INDEX "IX_Plans_OwningHubId_EndDate" ON "Plans" ("OwningHubId", "EndDate");


CREATE INDEX "IX_Plans_ReferralId" ON "Plans" ("ReferralId");


CREATE INDEX "IX_Practitioners_OrganisationId" ON "Practitioners" ("OrganisationId");


CREATE UNIQUE INDEX "IX_Practitioners_Subject" ON "Practitioners" ("Subject");


CREATE INDEX "IX_Referrals_ChildId_ReferralDate" ON "Referrals" ("ChildId", "ReferralDate");


CREATE INDEX "IX_Referrals_LocalAuthorityId_ReferralDate" ON "Referrals" ("LocalAuthorityId", "ReferralDate");


CREATE INDEX "IX_SchoolEnrolments_PersonId" ON "SchoolEnrolments" ("PersonId");


CREATE INDEX "IX_SchoolEnrolments_SchoolId_EndDate" ON "SchoolEnrolments" ("SchoolId", "EndDate");


CREATE INDEX "IX_Section47Enquiries_ChildId_StartDate" ON "Section47Enquiries" ("ChildId", "StartDate");


CREATE INDEX "IX_Section47Enquiries_ReferralId" ON "Section47Enquiries" ("ReferralId");


CREATE INDEX "IX_Section47Enquiries_StrategyMeetingId" ON "Section47Enquiries" ("StrategyMeetingId");


CREATE INDEX "IX_SharingDecisions_ChildId_DecidedAt" ON "SharingDecisions" ("ChildId", "DecidedAt");


CREATE INDEX "IX_SharingDecisions_ConsentRecordId" ON "SharingDecisions" ("ConsentRecordId");


CREATE INDEX "IX_SharingDecisions_DecidedAt" ON "SharingDecisions" ("DecidedAt");


CREATE INDEX "IX_SharingDecisions_EmergencyAccessGrantId" ON "SharingDecisions" ("EmergencyAccessGrantId");



-- The access audit is append-only: refuse UPDATE and DELETE even from raw SQL.
CREATE TRIGGER "TR_AccessAuditEntries_NoUpdate" BEFORE UPDATE ON "AccessAuditEntries" BEGIN SELECT RAISE(ABORT, 'The access audit is append-only.'); END;
CREATE TRIGGER "TR_AccessAuditEntries_NoDelete" BEFORE DELETE ON "AccessAuditEntries" BEGIN SELECT RAISE(ABORT, 'The access audit is append-only.'); END;
CREATE TRIGGER "TR_AccessAuditItems_NoUpdate" BEFORE UPDATE ON "AccessAuditItems" BEGIN SELECT RAISE(ABORT, 'The access audit is append-only.'); END;
CREATE TRIGGER "TR_AccessAuditItems_NoDelete" BEFORE DELETE ON "AccessAuditItems" BEGIN SELECT RAISE(ABORT, 'The access audit is append-only.'); END;
