using System.Collections.Frozen;
using System.Reflection;

namespace Partnership.Data.Model;

/// <summary>Marks an enum member with its code in the DfE returns (CIN census XSD, SSDA903).</summary>
[AttributeUsage(AttributeTargets.Field)]
public sealed class DfeCodeAttribute(string code) : Attribute
{
    public string Code { get; } = code;
}

/// <summary>Converts DfE code-list enums to and from their census codes.</summary>
public static class DfeCode
{
    public static string ToCode<T>(this T value) where T : struct, Enum => Map<T>.ToCode[value];

    public static bool TryParse<T>(string? code, out T value) where T : struct, Enum
    {
        if (code is not null && Map<T>.FromCode.TryGetValue(code.Trim(), out value)) return true;
        value = default;
        return false;
    }

    public static T Parse<T>(string code, string field) where T : struct, Enum =>
        TryParse<T>(code, out var v) ? v : throw new FormatException($"{field}: '{code}' is not a valid {typeof(T).Name} code.");

    public static IReadOnlyCollection<string> Codes<T>() where T : struct, Enum => Map<T>.FromCode.Keys;

    private static class Map<T> where T : struct, Enum
    {
        public static readonly FrozenDictionary<T, string> ToCode = typeof(T)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .ToFrozenDictionary(f => (T)f.GetValue(null)!, f => f.GetCustomAttribute<DfeCodeAttribute>()?.Code
                ?? throw new InvalidOperationException($"{typeof(T).Name}.{f.Name} has no DfE code."));

        public static readonly FrozenDictionary<string, T> FromCode =
            ToCode.ToFrozenDictionary(kv => kv.Value, kv => kv.Key, StringComparer.OrdinalIgnoreCase);
    }
}

/// <summary>CIN census ReferralSource.</summary>
public enum ReferralSource
{
    [DfeCode("1A")] IndividualFamily, [DfeCode("1B")] IndividualAcquaintance, [DfeCode("1C")] IndividualSelf, [DfeCode("1D")] IndividualOther,
    [DfeCode("2A")] Schools, [DfeCode("2B")] EducationServices,
    [DfeCode("3A")] HealthGp, [DfeCode("3B")] HealthVisitor, [DfeCode("3C")] SchoolNurse, [DfeCode("3D")] HealthOtherPrimary,
    [DfeCode("3E")] HealthEmergencyDepartment, [DfeCode("3F")] HealthOther,
    [DfeCode("4")] Housing,
    [DfeCode("5A")] LaSocialCare, [DfeCode("5B")] LaOtherInternal, [DfeCode("5C")] LaExternal, [DfeCode("5D")] LaEarlyHelp,
    [DfeCode("6")] Police, [DfeCode("7")] OtherLegalAgency, [DfeCode("8")] Other, [DfeCode("9")] Anonymous, [DfeCode("10")] Unknown,
}

/// <summary>CIN census PrimaryNeedCode N0–N9.</summary>
public enum PrimaryNeed
{
    [DfeCode("N0")] NotStated, [DfeCode("N1")] AbuseOrNeglect, [DfeCode("N2")] ChildDisability, [DfeCode("N3")] ParentalDisabilityOrIllness,
    [DfeCode("N4")] FamilyInAcuteStress, [DfeCode("N5")] FamilyDysfunction, [DfeCode("N6")] SociallyUnacceptableBehaviour,
    [DfeCode("N7")] LowIncome, [DfeCode("N8")] AbsentParenting, [DfeCode("N9")] NotChildInNeed,
}

/// <summary>CIN census category of abuse of a child protection plan.</summary>
public enum AbuseCategory
{
    [DfeCode("NEG")] Neglect, [DfeCode("PHY")] Physical, [DfeCode("EMO")] Emotional, [DfeCode("SAB")] Sexual, [DfeCode("MUL")] Multiple,
}

/// <summary>CIN census ReasonForClosure RC1–RC9.</summary>
public enum ClosureReason
{
    [DfeCode("RC1")] Adopted, [DfeCode("RC2")] Died, [DfeCode("RC3")] ChildArrangementsOrder, [DfeCode("RC4")] SpecialGuardianshipOrder,
    [DfeCode("RC5")] TransferredToAnotherLa, [DfeCode("RC6")] TransferredToAdultServices, [DfeCode("RC7")] ServicesCeased,
    [DfeCode("RC8")] ClosedAfterAssessmentNfa, [DfeCode("RC9")] ClosedAfterAssessmentEarlyHelp,
}

/// <summary>CIN census FactorsIdentifiedAtAssessment.</summary>
public enum AssessmentFactor
{
    [DfeCode("1A")] AlcoholChild, [DfeCode("1B")] AlcoholParent, [DfeCode("1C")] AlcoholOther,
    [DfeCode("2A")] DrugsChild, [DfeCode("2B")] DrugsParent, [DfeCode("2C")] DrugsOther,
    [DfeCode("3A")] DomesticViolenceChild, [DfeCode("3B")] DomesticViolenceParent, [DfeCode("3C")] DomesticViolenceOther,
    [DfeCode("4A")] MentalHealthChild, [DfeCode("4B")] MentalHealthParent, [DfeCode("4C")] MentalHealthOther,
    [DfeCode("5A")] LearningDisabilityChild, [DfeCode("5B")] LearningDisabilityParent, [DfeCode("5C")] LearningDisabilityOther,
    [DfeCode("6A")] PhysicalDisabilityChild, [DfeCode("6B")] PhysicalDisabilityParent, [DfeCode("6C")] PhysicalDisabilityOther,
    [DfeCode("7A")] YoungCarer,
    [DfeCode("8B")] PrivatelyFosteredOverseasReturn, [DfeCode("8C")] PrivatelyFosteredOverseasStay, [DfeCode("8D")] PrivatelyFosteredEducation,
    [DfeCode("8E")] PrivatelyFosteredFamilyArrangement, [DfeCode("8F")] PrivatelyFosteredOther,
    [DfeCode("9A")] Uasc, [DfeCode("10A")] Missing, [DfeCode("11A")] SexualExploitation, [DfeCode("12A")] Trafficking, [DfeCode("13A")] Gangs,
    [DfeCode("14A")] SociallyUnacceptableBehaviour, [DfeCode("15A")] SelfHarm, [DfeCode("16A")] Neglect, [DfeCode("17A")] EmotionalAbuse,
    [DfeCode("18B")] PhysicalAbuseChildOnChild, [DfeCode("18C")] PhysicalAbuseAdultOnChild,
    [DfeCode("19B")] SexualAbuseChildOnChild, [DfeCode("19C")] SexualAbuseAdultOnChild,
    [DfeCode("20")] Other, [DfeCode("21")] NoFactors, [DfeCode("22A")] Fgm, [DfeCode("23A")] FaithOrBelief, [DfeCode("24A")] CriminalExploitation,
}

/// <summary>CIN census Disability codes.</summary>
public enum Disability
{
    [DfeCode("NONE")] None, [DfeCode("MOB")] Mobility, [DfeCode("HAND")] HandFunction, [DfeCode("PC")] PersonalCare,
    [DfeCode("INC")] Incontinence, [DfeCode("COMM")] Communication, [DfeCode("LD")] Learning, [DfeCode("HEAR")] Hearing,
    [DfeCode("VIS")] Vision, [DfeCode("BEH")] Behaviour, [DfeCode("CON")] Consciousness, [DfeCode("AUT")] Autism, [DfeCode("DDA")] Other,
}

/// <summary>CIN census Ethnicity.</summary>
public enum Ethnicity
{
    [DfeCode("WBRI")] WhiteBritish, [DfeCode("WIRI")] WhiteIrish, [DfeCode("WIRT")] IrishTraveller, [DfeCode("WOTH")] WhiteOther,
    [DfeCode("WROM")] GypsyRoma, [DfeCode("MWBC")] WhiteAndBlackCaribbean, [DfeCode("MWBA")] WhiteAndBlackAfrican,
    [DfeCode("MWAS")] WhiteAndAsian, [DfeCode("MOTH")] MixedOther, [DfeCode("AIND")] Indian, [DfeCode("APKN")] Pakistani,
    [DfeCode("ABAN")] Bangladeshi, [DfeCode("AOTH")] AsianOther, [DfeCode("BCRB")] BlackCaribbean, [DfeCode("BAFR")] BlackAfrican,
    [DfeCode("BOTH")] BlackOther, [DfeCode("CHNE")] Chinese, [DfeCode("OOTH")] OtherEthnicGroup, [DfeCode("REFU")] Refused,
    [DfeCode("NOBT")] NotObtained,
}

/// <summary>CIN census UPNunknown reasons UN1–UN7.</summary>
public enum UpnUnknownReason
{
    [DfeCode("UN1")] Un1, [DfeCode("UN2")] Un2, [DfeCode("UN3")] Un3, [DfeCode("UN4")] Un4, [DfeCode("UN5")] Un5, [DfeCode("UN6")] Un6, [DfeCode("UN7")] Un7,
}

/// <summary>SSDA903 legal status of a looked-after child.</summary>
public enum LegalStatus
{
    [DfeCode("C1")] InterimCareOrder, [DfeCode("C2")] FullCareOrder, [DfeCode("D1")] FreedForAdoption, [DfeCode("E1")] PlacementOrder,
    [DfeCode("V2")] Section20Single, [DfeCode("V3")] RespiteSingle, [DfeCode("V4")] RespiteSeries,
    [DfeCode("L1")] PoliceProtection, [DfeCode("L2")] EmergencyProtectionOrder, [DfeCode("L3")] ChildAssessmentOrder,
    [DfeCode("J1")] RemandedToLa, [DfeCode("J2")] Pace, [DfeCode("J3")] SupervisionOrderWithResidence,
}

/// <summary>SSDA903 placement type of a looked-after child.</summary>
public enum PlacementType
{
    [DfeCode("A3")] A3, [DfeCode("A4")] A4, [DfeCode("A5")] A5, [DfeCode("A6")] A6, [DfeCode("H5")] H5,
    [DfeCode("K1")] SecureChildrensHome, [DfeCode("K2")] ChildrensHome,
    [DfeCode("P1")] PlacedWithParents, [DfeCode("P2")] IndependentLiving, [DfeCode("P3")] P3,
    [DfeCode("R1")] R1, [DfeCode("R2")] R2, [DfeCode("R3")] R3, [DfeCode("R5")] R5, [DfeCode("S1")] S1,
    [DfeCode("T0")] T0, [DfeCode("T1")] T1, [DfeCode("T2")] T2, [DfeCode("T3")] T3, [DfeCode("T4")] T4,
    [DfeCode("U1")] FosterRelativeLongTerm, [DfeCode("U2")] FosterRelativeFostering, [DfeCode("U3")] FosterRelativeOther,
    [DfeCode("U4")] FosterLongTerm, [DfeCode("U5")] FosterAdoptionFostering, [DfeCode("U6")] FosterOther,
    [DfeCode("Z1")] Z1,
}

/// <summary>SSDA903 RNE: why a new episode of care started.</summary>
public enum EpisodeReason
{
    [DfeCode("S")] StartedToBeLookedAfter, [DfeCode("L")] LegalStatusChange, [DfeCode("P")] PlacementChange,
    [DfeCode("T")] LegalStatusAndPlacementChange, [DfeCode("B")] PlacementChangeSameCarer, [DfeCode("U")] PlacementChangeSameCarerAndLegalStatus,
}

/// <summary>SSDA903 PLACE_PROVIDER PR0–PR5.</summary>
public enum PlacementProvider
{
    [DfeCode("PR0")] ParentOrPersonWithParentalResponsibility, [DfeCode("PR1")] OwnLa, [DfeCode("PR2")] OtherLa,
    [DfeCode("PR3")] OtherPublic, [DfeCode("PR4")] Private, [DfeCode("PR5")] Voluntary,
}

/// <summary>SSDA903 REC: why an episode ceased (X1: a new episode begins the same day).</summary>
public enum EpisodeEndReason
{
    [DfeCode("X1")] X1, [DfeCode("E11")] E11, [DfeCode("E12")] E12, [DfeCode("E2")] E2, [DfeCode("E3")] E3, [DfeCode("E4A")] E4A,
    [DfeCode("E4B")] E4B, [DfeCode("E13")] E13, [DfeCode("E41")] E41, [DfeCode("E45")] E45, [DfeCode("E46")] E46, [DfeCode("E47")] E47,
    [DfeCode("E48")] E48, [DfeCode("E5")] E5, [DfeCode("E6")] E6, [DfeCode("E7")] E7, [DfeCode("E9")] E9, [DfeCode("E14")] E14,
    [DfeCode("E15")] E15, [DfeCode("E16")] E16, [DfeCode("E17")] E17, [DfeCode("E8")] E8,
}

/// <summary>SSDA903 REASON_PLACE_CHANGE.</summary>
public enum PlacementChangeReason
{
    [DfeCode("CARPL")] CarePlan, [DfeCode("CLOSE")] ProviderClosed, [DfeCode("ALLEG")] Allegation, [DfeCode("STAND")] StandardsConcern,
    [DfeCode("APPRR")] ApprovalRemoved, [DfeCode("CREQB")] CarerRequestBehaviour, [DfeCode("CREQO")] CarerRequestOther,
    [DfeCode("CHILD")] ChildRequest, [DfeCode("LAREQ")] LaRequest, [DfeCode("PLACE")] PlacementEnded, [DfeCode("CUSTOD")] Custody,
    [DfeCode("OTHER")] Other,
}
