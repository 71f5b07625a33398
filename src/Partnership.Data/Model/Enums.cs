namespace Partnership.Data.Model;

/// <summary>The five agencies that share through the hub.</summary>
public enum Agency { SocialCare, Police, Health, Education, Housing }

/// <summary>The information categories of the default sharing policy (domain.md's table); every shared field belongs to one.</summary>
public enum InformationCategory
{
    Identity,
    ProtectionStatus,
    Contact,
    ConfidentialAddress,
    PlanDetail,
    MeetingSchedule,
    MeetingRecord,
    AgencyContributions,
    AssessmentAndCaseNotes,
}

/// <summary>The route by which an agency saw (or was refused) a category: the lawful basis recorded with each access.</summary>
public enum SharingRoute { OwnRecord, StatutorySafeguarding, Consent, EmergencyAccess, Refused }

public enum OrganisationKind
{
    SocialCareHub,
    Mash,
    School,
    GpPractice,
    HealthVisitingTeam,
    SchoolNursingTeam,
    Hospital,
    PolicingArea,
    HousingTeam,
    /// <summary>A council's virtual school: the education of the children it looks after.</summary>
    VirtualSchool,
}

/// <summary>Specialism of a social work hub (Slough's 16 hubs).</summary>
public enum HubSpecialism { General, DisabledChildren, DomesticAbuse, CourtWork, ChildProtection, MultiAgencyInnovation, EarlyHelp, LookedAfter, CareLeavers }

public enum PractitionerRole
{
    SocialWorker,
    ConsultantSocialWorker,
    TeamManager,
    ConferenceChair,
    MashOfficer,
    PoliceOfficer,
    HealthVisitor,
    SchoolNurse,
    GeneralPractitioner,
    Midwife,
    DesignatedSafeguardingNurse,
    DesignatedSafeguardingLead,
    VirtualSchoolHead,
    HousingOfficer,
}

public enum PersonKind { Child, Adult }

/// <summary>CIN census GenderCurrent: 1 male, 2 female, 0 not recorded or unborn, 9 indeterminate.</summary>
public enum Sex { NotRecorded = 0, Male = 1, Female = 2, Indeterminate = 9 }

public enum AddressKind { Home, Placement, Refuge, Temporary, Other }

public enum HouseholdRelationship { Child, Mother, Father, StepParent, Grandparent, Sibling, OtherRelative, Carer, PartnerOfParent, OtherAdult, Lodger }

public enum LinkMethod { Manual, ExactIdentifier, Probabilistic }

/// <summary>Where an uncertain household match stands: waiting for housing, or decided.</summary>
public enum MatchReviewStatus { Pending, Confirmed, Rejected }

public enum ContactOutcome { NoFurtherAction, Information, EarlyHelp, Referral }

public enum MeetingKind { StrategyDiscussion, InitialConference, ReviewConference }

public enum MeetingMode { InPerson, Virtual, Hybrid, Telephone }

/// <summary>Where a meeting stands today: computed from when it is held, whether its outcome is recorded and whether it was cancelled.</summary>
public enum MeetingStatus { Scheduled, Held, OutcomeRecorded, Cancelled }

/// <summary>What happened to a meeting, in the change feed a force system follows.</summary>
public enum MeetingChangeKind
{
    Scheduled, Rescheduled, Cancelled, Invited, InvitationWithdrawn, Attendance, DecisionsRecorded, ActionCompleted,
    ContributionShared, OutcomeRecorded,
    /// <summary>Feed only, never stored: the meeting changed in a way the caller may not see the detail of (its version moved).</summary>
    Updated,
    /// <summary>Feed only, never stored: the meeting is no longer the caller's to see (only its id is given).</summary>
    Revoked,
}

public enum AttendanceStatus { Invited, Attended, Apologies, DidNotAttend }

public enum ConferenceOutcome { PlanStarted, PlanContinued, PlanEnded, NoPlan }

public enum PlanKind { EarlyHelp, ChildInNeed, ChildProtection, LookedAfter, PreBirth, Pathway }

/// <summary>Who gave a consent, relative to the child.</summary>
public enum ConsentRelationship { Self, Mother, Father, ParentWithParentalResponsibility, Guardian, SpecialGuardian, LocalAuthority, OtherCarer }

public enum NotificationKind { RecordViewed, ProtectionStatusViewed, EmergencyAccessGranted, ConsentWithdrawn, CaseloadExceeded, EmergencyAccessRefused }
