-- V0001: initial schema (generated from the model by SchemaScript.Create(Postgres), plus the audit triggers).
CREATE TABLE "AccessAuditEntries" (
    "Sequence" bigint NOT NULL,
    "OccurredAt" timestamp with time zone NOT NULL,
    "Subject" character varying(400) NOT NULL,
    "Agency" character varying(40) NOT NULL,
    "OrganisationId" uuid,
    "Operation" character varying(400) NOT NULL,
    "Purpose" character varying(400) NOT NULL,
    "PreviousHash" character(64) NOT NULL,
    "Hash" character(64) NOT NULL,
    CONSTRAINT "PK_AccessAuditEntries" PRIMARY KEY ("Sequence")
);


CREATE TABLE "LocalAuthorities" (
    "Id" uuid NOT NULL,
    "Code" character varying(3) NOT NULL,
    "Name" character varying(400) NOT NULL,
    "OfficeHoursPhone" character varying(400),
    "OutOfHoursPhone" character varying(400),
    CONSTRAINT "PK_LocalAuthorities" PRIMARY KEY ("Id")
);


CREATE TABLE "AccessAuditItems" (
    "EntrySequence" bigint NOT NULL,
    "ChildId" uuid NOT NULL,
    "Category" character varying(40) NOT NULL,
    "Route" character varying(40) NOT NULL,
    CONSTRAINT "PK_AccessAuditItems" PRIMARY KEY ("EntrySequence", "ChildId", "Category"),
    CONSTRAINT "FK_AccessAuditItems_AccessAuditEntries_EntrySequence" FOREIGN KEY ("EntrySequence") REFERENCES "AccessAuditEntries" ("Sequence") ON DELETE RESTRICT
);


CREATE TABLE "Households" (
    "Id" uuid NOT NULL,
    "LocalAuthorityId" uuid NOT NULL,
    "Reference" character varying(400),
    CONSTRAINT "PK_Households" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Households_LocalAuthorities_LocalAuthorityId" FOREIGN KEY ("LocalAuthorityId") REFERENCES "LocalAuthorities" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "Organisations" (
    "Id" uuid NOT NULL,
    "Agency" character varying(40) NOT NULL,
    "Kind" character varying(40) NOT NULL,
    "Name" character varying(400) NOT NULL,
    "LocalAuthorityId" uuid,
    "Urn" character varying(8),
    "OdsCode" character varying(10),
    "Specialism" character varying(40),
    "CaseloadMin" integer,
    "CaseloadMax" integer,
    "Phone" character varying(400),
    CONSTRAINT "PK_Organisations" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Organisations_LocalAuthorities_LocalAuthorityId" FOREIGN KEY ("LocalAuthorityId") REFERENCES "LocalAuthorities" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "People" (
    "Id" uuid NOT NULL,
    "Kind" character varying(40) NOT NULL,
    "LocalAuthorityId" uuid,
    "CaseHoldingHubId" uuid,
    "GivenName" character varying(100),
    "FamilyName" character varying(100),
    "DateOfBirth" date,
    "ExpectedDateOfBirth" date,
    "DateOfDeath" date,
    "Sex" character varying(40) NOT NULL,
    "Ethnicity" character varying(8),
    "NhsNumber" character varying(10),
    "Upn" character varying(13),
    "FormerUpn" character varying(13),
    "UpnUnknown" character varying(8),
    "LaChildId" character varying(40),
    CONSTRAINT "PK_People" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_People_LocalAuthorities_LocalAuthorityId" FOREIGN KEY ("LocalAuthorityId") REFERENCES "LocalAuthorities" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_People_Organisations_CaseHoldingHubId" FOREIGN KEY ("CaseHoldingHubId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "Practitioners" (
    "Id" uuid NOT NULL,
    "Agency" character varying(40) NOT NULL,
    "OrganisationId" uuid,
    "Role" character varying(40) NOT NULL,
    "GivenName" character varying(400) NOT NULL,
    "FamilyName" character varying(400) NOT NULL,
    "Email" character varying(400),
    "Phone" character varying(400),
    "Subject" character varying(400),
    CONSTRAINT "PK_Practitioners" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Practitioners_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "Addresses" (
    "Id" uuid NOT NULL,
    "PersonId" uuid NOT NULL,
    "Kind" character varying(40) NOT NULL,
    "Line1" character varying(400) NOT NULL,
    "Line2" character varying(400),
    "Town" character varying(400) NOT NULL,
    "Postcode" character varying(10) NOT NULL,
    "Phone" character varying(400),
    "ValidFrom" date NOT NULL,
    "ValidTo" date,
    "IsConfidential" boolean NOT NULL,
    CONSTRAINT "PK_Addresses" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Addresses_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE
);


CREATE TABLE "GpRegistrations" (
    "Id" uuid NOT NULL,
    "PersonId" uuid NOT NULL,
    "PracticeId" uuid NOT NULL,
    "StartDate" date NOT NULL,
    "EndDate" date,
    CONSTRAINT "PK_GpRegistrations" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_GpRegistrations_Organisations_PracticeId" FOREIGN KEY ("PracticeId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_GpRegistrations_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE
);


CREATE TABLE "HouseholdMembers" (
    "Id" uuid NOT NULL,
    "HouseholdId" uuid NOT NULL,
    "PersonId" uuid NOT NULL,
    "Relationship" character varying(40) NOT NULL,
    "LinkedByAgency" character varying(40) NOT NULL,
    "LinkedByOrganisationId" uuid,
    "LinkMethod" character varying(40) NOT NULL,
    "MatchWeight" double precision,
    "LinkedAt" timestamp with time zone NOT NULL,
    "From" date,
    "To" date,
    CONSTRAINT "PK_HouseholdMembers" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_HouseholdMembers_Households_HouseholdId" FOREIGN KEY ("HouseholdId") REFERENCES "Households" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_HouseholdMembers_Organisations_LinkedByOrganisationId" FOREIGN KEY ("LinkedByOrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_HouseholdMembers_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Notifications" (
    "Id" uuid NOT NULL,
    "ChildId" uuid NOT NULL,
    "RecipientHubId" uuid NOT NULL,
    "RecipientPractitionerId" uuid,
    "Kind" character varying(40) NOT NULL,
    "TriggeredByAgency" character varying(40) NOT NULL,
    "TriggeredByOrganisationId" uuid,
    "Message" character varying(1000) NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "ReadAt" timestamp with time zone,
    "AuditSequence" bigint,
    CONSTRAINT "PK_Notifications" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Notifications_Organisations_RecipientHubId" FOREIGN KEY ("RecipientHubId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Notifications_People_ChildId" FOREIGN KEY ("ChildId") REFERENCES "People" ("Id") ON DELETE CASCADE
);


CREATE TABLE "PersonDisabilities" (
    "PersonId" uuid NOT NULL,
    "Disability" character varying(8) NOT NULL,
    CONSTRAINT "PK_PersonDisabilities" PRIMARY KEY ("PersonId", "Disability"),
    CONSTRAINT "FK_PersonDisabilities_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE
);


CREATE TABLE "PersonIdentifiers" (
    "Id" uuid NOT NULL,
    "PersonId" uuid NOT NULL,
    "Agency" character varying(40) NOT NULL,
    "OrganisationId" uuid,
    "Scheme" character varying(40) NOT NULL,
    "Value" character varying(60) NOT NULL,
    CONSTRAINT "PK_PersonIdentifiers" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_PersonIdentifiers_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_PersonIdentifiers_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Referrals" (
    "Id" uuid NOT NULL,
    "ChildId" uuid NOT NULL,
    "LocalAuthorityId" uuid NOT NULL,
    "ReferralDate" date NOT NULL,
    "Source" character varying(8) NOT NULL,
    "PrimaryNeed" character varying(8),
    "NoFurtherAction" boolean NOT NULL,
    "ClosureDate" date,
    "ClosureReason" character varying(8),
    "InitialConferenceDate" date,
    CONSTRAINT "PK_Referrals" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Referrals_LocalAuthorities_LocalAuthorityId" FOREIGN KEY ("LocalAuthorityId") REFERENCES "LocalAuthorities" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Referrals_People_ChildId" FOREIGN KEY ("ChildId") REFERENCES "People" ("Id") ON DELETE CASCADE
);


CREATE TABLE "SchoolEnrolments" (
    "Id" uuid NOT NULL,
    "PersonId" uuid NOT NULL,
    "SchoolId" uuid NOT NULL,
    "StartDate" date NOT NULL,
    "EndDate" date,
    CONSTRAINT "PK_SchoolEnrolments" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_SchoolEnrolments_Organisations_SchoolId" FOREIGN KEY ("SchoolId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_SchoolEnrolments_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Consents" (
    "Id" uuid NOT NULL,
    "ChildId" uuid NOT NULL,
    "GivenByPersonId" uuid,
    "GivenByName" character varying(400) NOT NULL,
    "Relationship" character varying(40) NOT NULL,
    "GivenAt" timestamp with time zone NOT NULL,
    "WithdrawnAt" timestamp with time zone,
    "RecordedById" uuid,
    "Notes" character varying(2000),
    CONSTRAINT "PK_Consents" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Consents_People_ChildId" FOREIGN KEY ("ChildId") REFERENCES "People" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Consents_People_GivenByPersonId" FOREIGN KEY ("GivenByPersonId") REFERENCES "People" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Consents_Practitioners_RecordedById" FOREIGN KEY ("RecordedById") REFERENCES "Practitioners" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "EmergencyAccessGrants" (
    "Id" uuid NOT NULL,
    "ChildId" uuid NOT NULL,
    "Agency" character varying(40) NOT NULL,
    "OrganisationId" uuid,
    "PractitionerId" uuid,
    "Subject" character varying(400) NOT NULL,
    "Reason" character varying(2000) NOT NULL,
    "GrantedAt" timestamp with time zone NOT NULL,
    "ExpiresAt" timestamp with time zone NOT NULL,
    "RevokedAt" timestamp with time zone,
    "ReviewedAt" timestamp with time zone,
    "ReviewedBy" character varying(400),
    "ReviewOutcome" character varying(400),
    CONSTRAINT "PK_EmergencyAccessGrants" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_EmergencyAccessGrants_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_EmergencyAccessGrants_People_ChildId" FOREIGN KEY ("ChildId") REFERENCES "People" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_EmergencyAccessGrants_Practitioners_PractitionerId" FOREIGN KEY ("PractitionerId") REFERENCES "Practitioners" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "HealthVisitingAssignments" (
    "Id" uuid NOT NULL,
    "PersonId" uuid NOT NULL,
    "TeamId" uuid NOT NULL,
    "HealthVisitorId" uuid,
    "StartDate" date NOT NULL,
    "EndDate" date,
    CONSTRAINT "PK_HealthVisitingAssignments" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_HealthVisitingAssignments_Organisations_TeamId" FOREIGN KEY ("TeamId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_HealthVisitingAssignments_People_PersonId" FOREIGN KEY ("PersonId") REFERENCES "People" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_HealthVisitingAssignments_Practitioners_HealthVisitorId" FOREIGN KEY ("HealthVisitorId") REFERENCES "Practitioners" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "Assessments" (
    "Id" uuid NOT NULL,
    "ReferralId" uuid NOT NULL,
    "ChildId" uuid NOT NULL,
    "StartDate" date NOT NULL,
    "InternalReviewDate" date,
    "AuthorisationDate" date,
    "SocialWorkerId" uuid,
    "Summary" character varying(4000),
    CONSTRAINT "PK_Assessments" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Assessments_People_ChildId" FOREIGN KEY ("ChildId") REFERENCES "People" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Assessments_Practitioners_SocialWorkerId" FOREIGN KEY ("SocialWorkerId") REFERENCES "Practitioners" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Assessments_Referrals_ReferralId" FOREIGN KEY ("ReferralId") REFERENCES "Referrals" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Contacts" (
    "Id" uuid NOT NULL,
    "ChildId" uuid NOT NULL,
    "LocalAuthorityId" uuid NOT NULL,
    "ReceivedAt" timestamp with time zone NOT NULL,
    "Source" character varying(8) NOT NULL,
    "Outcome" character varying(40) NOT NULL,
    "ReferralId" uuid,
    CONSTRAINT "PK_Contacts" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Contacts_LocalAuthorities_LocalAuthorityId" FOREIGN KEY ("LocalAuthorityId") REFERENCES "LocalAuthorities" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Contacts_People_ChildId" FOREIGN KEY ("ChildId") REFERENCES "People" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Contacts_Referrals_ReferralId" FOREIGN KEY ("ReferralId") REFERENCES "Referrals" ("Id") ON DELETE SET NULL
);


CREATE TABLE "Plans" (
    "Id" uuid NOT NULL,
    "Kind" character varying(40) NOT NULL,
    "ChildId" uuid NOT NULL,
    "LocalAuthorityId" uuid NOT NULL,
    "ReferralId" uuid,
    "StartDate" date NOT NULL,
    "EndDate" date,
    "InitialCategory" character varying(8),
    "LatestCategory" character varying(8),
    "NumberOfPreviousPlans" integer,
    "LegalStatus" character varying(8),
    "PlacementType" character varying(8),
    "LeadPractitionerId" uuid,
    "OwningHubId" uuid,
    "Objectives" character varying(4000),
    CONSTRAINT "PK_Plans" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Plans_LocalAuthorities_LocalAuthorityId" FOREIGN KEY ("LocalAuthorityId") REFERENCES "LocalAuthorities" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Plans_Organisations_OwningHubId" FOREIGN KEY ("OwningHubId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Plans_People_ChildId" FOREIGN KEY ("ChildId") REFERENCES "People" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Plans_Practitioners_LeadPractitionerId" FOREIGN KEY ("LeadPractitionerId") REFERENCES "Practitioners" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Plans_Referrals_ReferralId" FOREIGN KEY ("ReferralId") REFERENCES "Referrals" ("Id") ON DELETE SET NULL
);


CREATE TABLE "ConsentScopes" (
    "ConsentId" uuid NOT NULL,
    "Agency" character varying(40) NOT NULL,
    "Category" character varying(40) NOT NULL,
    CONSTRAINT "PK_ConsentScopes" PRIMARY KEY ("ConsentId", "Agency", "Category"),
    CONSTRAINT "FK_ConsentScopes_Consents_ConsentId" FOREIGN KEY ("ConsentId") REFERENCES "Consents" ("Id") ON DELETE CASCADE
);


CREATE TABLE "SharingDecisions" (
    "Id" uuid NOT NULL,
    "ChildId" uuid,
    "Category" character varying(40) NOT NULL,
    "RecipientAgency" character varying(40) NOT NULL,
    "RecipientOrganisationId" uuid,
    "Shared" boolean NOT NULL,
    "Route" character varying(40) NOT NULL,
    "Reason" character varying(2000) NOT NULL,
    "DecidedBy" character varying(400) NOT NULL,
    "DecidedByAgency" character varying(40) NOT NULL,
    "DecidedAt" timestamp with time zone NOT NULL,
    "ConsentRecordId" uuid,
    "EmergencyAccessGrantId" uuid,
    CONSTRAINT "PK_SharingDecisions" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_SharingDecisions_Consents_ConsentRecordId" FOREIGN KEY ("ConsentRecordId") REFERENCES "Consents" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_SharingDecisions_EmergencyAccessGrants_EmergencyAccessGrant~" FOREIGN KEY ("EmergencyAccessGrantId") REFERENCES "EmergencyAccessGrants" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_SharingDecisions_People_ChildId" FOREIGN KEY ("ChildId") REFERENCES "People" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "AssessmentFactors" (
    "AssessmentId" uuid NOT NULL,
    "Factor" character varying(8) NOT NULL,
    CONSTRAINT "PK_AssessmentFactors" PRIMARY KEY ("AssessmentId", "Factor"),
    CONSTRAINT "FK_AssessmentFactors_Assessments_AssessmentId" FOREIGN KEY ("AssessmentId") REFERENCES "Assessments" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Meetings" (
    "Id" uuid NOT NULL,
    "Kind" character varying(40) NOT NULL,
    "LocalAuthorityId" uuid NOT NULL,
    "HeldAt" timestamp with time zone NOT NULL,
    "Mode" character varying(40) NOT NULL,
    "ChairId" uuid,
    "PlanId" uuid,
    "ConferenceOutcome" character varying(40),
    "DecisionStartSection47" boolean,
    "DecisionCriminalInvestigation" character varying(400),
    "DecisionLegalAction" boolean,
    "DecisionFurtherInformation" character varying(4000),
    "DecisionSiblings" character varying(400),
    "DecisionNotes" character varying(4000),
    CONSTRAINT "PK_Meetings" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Meetings_LocalAuthorities_LocalAuthorityId" FOREIGN KEY ("LocalAuthorityId") REFERENCES "LocalAuthorities" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Meetings_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_Meetings_Practitioners_ChairId" FOREIGN KEY ("ChairId") REFERENCES "Practitioners" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "PlanActions" (
    "Id" uuid NOT NULL,
    "PlanId" uuid NOT NULL,
    "Description" character varying(2000) NOT NULL,
    "OwnerAgency" character varying(40) NOT NULL,
    "OwnerOrganisationId" uuid,
    "DueDate" date,
    "CompletedOn" date,
    CONSTRAINT "PK_PlanActions" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_PlanActions_Organisations_OwnerOrganisationId" FOREIGN KEY ("OwnerOrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_PlanActions_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
);


CREATE TABLE "PlanMembers" (
    "Id" uuid NOT NULL,
    "PlanId" uuid NOT NULL,
    "Agency" character varying(40) NOT NULL,
    "OrganisationId" uuid,
    "PractitionerId" uuid,
    "Role" character varying(400),
    CONSTRAINT "PK_PlanMembers" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_PlanMembers_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_PlanMembers_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_PlanMembers_Practitioners_PractitionerId" FOREIGN KEY ("PractitionerId") REFERENCES "Practitioners" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "MeetingActions" (
    "Id" uuid NOT NULL,
    "MeetingId" uuid NOT NULL,
    "ChildId" uuid,
    "Description" character varying(2000) NOT NULL,
    "OwnerAgency" character varying(40) NOT NULL,
    "OwnerOrganisationId" uuid,
    "DueDate" date NOT NULL,
    "CompletedOn" date,
    CONSTRAINT "PK_MeetingActions" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_MeetingActions_Meetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "Meetings" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_MeetingActions_Organisations_OwnerOrganisationId" FOREIGN KEY ("OwnerOrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_MeetingActions_People_ChildId" FOREIGN KEY ("ChildId") REFERENCES "People" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "MeetingChildren" (
    "MeetingId" uuid NOT NULL,
    "ChildId" uuid NOT NULL,
    CONSTRAINT "PK_MeetingChildren" PRIMARY KEY ("MeetingId", "ChildId"),
    CONSTRAINT "FK_MeetingChildren_Meetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "Meetings" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_MeetingChildren_People_ChildId" FOREIGN KEY ("ChildId") REFERENCES "People" ("Id") ON DELETE CASCADE
);


CREATE TABLE "MeetingContributions" (
    "Id" uuid NOT NULL,
    "MeetingId" uuid NOT NULL,
    "ChildId" uuid,
    "Agency" character varying(40) NOT NULL,
    "OrganisationId" uuid,
    "AuthorId" uuid,
    "Category" character varying(40) NOT NULL,
    "Text" character varying(8000) NOT NULL,
    "RecordedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_MeetingContributions" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_MeetingContributions_Meetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "Meetings" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_MeetingContributions_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_MeetingContributions_People_ChildId" FOREIGN KEY ("ChildId") REFERENCES "People" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_MeetingContributions_Practitioners_AuthorId" FOREIGN KEY ("AuthorId") REFERENCES "Practitioners" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "MeetingInvitations" (
    "Id" uuid NOT NULL,
    "MeetingId" uuid NOT NULL,
    "Agency" character varying(40) NOT NULL,
    "OrganisationId" uuid,
    "PractitionerId" uuid,
    "Status" character varying(40) NOT NULL,
    CONSTRAINT "PK_MeetingInvitations" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_MeetingInvitations_Meetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "Meetings" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_MeetingInvitations_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES "Organisations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_MeetingInvitations_Practitioners_PractitionerId" FOREIGN KEY ("PractitionerId") REFERENCES "Practitioners" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "PlanReviews" (
    "Id" uuid NOT NULL,
    "PlanId" uuid NOT NULL,
    "ReviewDate" date NOT NULL,
    "MeetingId" uuid,
    CONSTRAINT "PK_PlanReviews" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_PlanReviews_Meetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "Meetings" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_PlanReviews_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "Plans" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Section47Enquiries" (
    "Id" uuid NOT NULL,
    "ReferralId" uuid NOT NULL,
    "ChildId" uuid NOT NULL,
    "StartDate" date NOT NULL,
    "EndDate" date,
    "StrategyMeetingId" uuid,
    "InitialConferenceTarget" date,
    "InitialConferenceDate" date,
    "InitialConferenceNotRequired" boolean NOT NULL,
    CONSTRAINT "PK_Section47Enquiries" PRIMARY KEY ("Id"),
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



-- The access audit is append-only: refuse UPDATE, DELETE and TRUNCATE even from raw SQL.
CREATE FUNCTION "partnership_audit_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'The access audit is append-only.';
END
$$;
CREATE TRIGGER "TR_AccessAuditEntries_AppendOnly" BEFORE UPDATE OR DELETE ON "AccessAuditEntries" FOR EACH ROW EXECUTE FUNCTION "partnership_audit_append_only"();
CREATE TRIGGER "TR_AccessAuditEntries_NoTruncate" BEFORE TRUNCATE ON "AccessAuditEntries" FOR EACH STATEMENT EXECUTE FUNCTION "partnership_audit_append_only"();
CREATE TRIGGER "TR_AccessAuditItems_AppendOnly" BEFORE UPDATE OR DELETE ON "AccessAuditItems" FOR EACH ROW EXECUTE FUNCTION "partnership_audit_append_only"();
CREATE TRIGGER "TR_AccessAuditItems_NoTruncate" BEFORE TRUNCATE ON "AccessAuditItems" FOR EACH STATEMENT EXECUTE FUNCTION "partnership_audit_append_only"();
