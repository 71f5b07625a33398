using Partnership.Data.Model;

namespace Partnership.Data.Synthetic;

/// <summary>Name pools by heritage, so a generated town reads like Slough or Reading rather than a list of Smiths.</summary>
internal static class Names
{
    internal sealed record Heritage(string Key, Ethnicity[] Ethnicities, string[] Family, string[] Boys, string[] Girls);

    public static readonly Heritage[] All =
    [
        new("british", [Ethnicity.WhiteBritish],
            ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Hughes", "Edwards", "Turner", "Cooper", "Harris", "Ward", "Baker", "Cox", "Marsh", "Fletcher"],
            ["Oliver", "George", "Harry", "Jack", "Noah", "Charlie", "Leo", "Alfie", "Freddie", "Arthur", "Thomas", "James", "Oscar", "William", "Henry", "Archie", "Theo", "Jacob", "Ethan", "Louie"],
            ["Olivia", "Amelia", "Isla", "Ava", "Lily", "Freya", "Ivy", "Florence", "Grace", "Poppy", "Emily", "Sophie", "Ella", "Evie", "Millie", "Rosie", "Daisy", "Ruby", "Chloe", "Jessica"]),
        new("pakistani", [Ethnicity.Pakistani],
            ["Khan", "Hussain", "Ahmed", "Ali", "Iqbal", "Shah", "Akhtar", "Mahmood", "Rashid", "Butt", "Malik", "Aslam", "Riaz", "Javed", "Anwar", "Bashir", "Raza", "Qureshi", "Nawaz", "Saleem"],
            ["Muhammad", "Ibrahim", "Yusuf", "Ayaan", "Zayn", "Hamza", "Musa", "Ahmed", "Umar", "Bilal", "Hassan", "Haroon", "Adam", "Rayyan", "Zakariya", "Imran", "Faisal", "Arham"],
            ["Maryam", "Aisha", "Zara", "Fatima", "Hafsa", "Inaya", "Safa", "Amina", "Hania", "Mahnoor", "Eshal", "Zainab", "Anaya", "Khadija", "Hira", "Sana", "Noor", "Iqra"]),
        new("indian", [Ethnicity.Indian],
            ["Singh", "Kaur", "Patel", "Sharma", "Gill", "Sandhu", "Dhillon", "Sidhu", "Bains", "Kumar", "Grewal", "Johal", "Mann", "Chauhan", "Rai", "Gupta", "Mistry", "Shah", "Virdi", "Bhatt"],
            ["Arjun", "Aarav", "Veer", "Harjot", "Gurveer", "Rohan", "Dev", "Jaskaran", "Krish", "Ishaan", "Aryan", "Manveer", "Rahul", "Karan", "Vihaan", "Sahib"],
            ["Simran", "Priya", "Anaya", "Jasleen", "Harleen", "Navneet", "Aanya", "Diya", "Kiran", "Mehak", "Riya", "Saanvi", "Isha", "Gurleen", "Avneet", "Tara"]),
        new("bangladeshi", [Ethnicity.Bangladeshi],
            ["Begum", "Miah", "Rahman", "Uddin", "Islam", "Chowdhury", "Hoque", "Ahmed", "Alam", "Hossain"],
            ["Rayhan", "Tahmid", "Sami", "Arif", "Nabil", "Ayaan", "Rafi", "Tanvir", "Imran", "Shakil"],
            ["Nusrat", "Tasnim", "Sumaiya", "Farzana", "Ruksana", "Ayesha", "Sadia", "Tahmina", "Jannat", "Nadia"]),
        new("eastern-european", [Ethnicity.WhiteOther],
            ["Nowak", "Kowalski", "Wojcik", "Kaminski", "Lewandowski", "Zielinski", "Popescu", "Ionescu", "Petrov", "Kazlauskas", "Horvath", "Novak", "Dumitru", "Balan", "Jankowski"],
            ["Jakub", "Antoni", "Szymon", "Filip", "Andrei", "Mihai", "Luca", "Matei", "Lukas", "Tomas", "Nikola", "Aleksander"],
            ["Zuzanna", "Julia", "Maja", "Lena", "Ioana", "Maria", "Elena", "Sofia", "Natalia", "Alicja", "Emilia", "Gabriela"]),
        new("african", [Ethnicity.BlackAfrican, Ethnicity.BlackOther],
            ["Okafor", "Adeyemi", "Mensah", "Boateng", "Osei", "Nwosu", "Mwangi", "Abdi", "Mohamed", "Hassan", "Okonkwo", "Asante", "Adebayo", "Kamara", "Owusu"],
            ["David", "Daniel", "Samuel", "Joshua", "Emmanuel", "Kwame", "Tobi", "Chidi", "Abdirahman", "Liban", "Kofi", "Elijah", "Isaac", "Tunde"],
            ["Grace", "Blessing", "Precious", "Favour", "Amara", "Ama", "Hodan", "Ifeoma", "Esther", "Adaeze", "Nia", "Deborah", "Zainab", "Ruth"]),
        new("caribbean", [Ethnicity.BlackCaribbean, Ethnicity.WhiteAndBlackCaribbean],
            ["Campbell", "Grant", "Francis", "Reid", "Morgan", "Henry", "Clarke", "Brown", "Thomas", "Williams", "Powell", "Bailey"],
            ["Tyrese", "Jayden", "Malachi", "Kai", "Jordan", "Isaiah", "Marcus", "Reuben", "Tyler", "Nathaniel"],
            ["Aaliyah", "Jada", "Kayla", "Shanice", "Tiana", "Chantelle", "Maya", "Imani", "Leah", "Naomi"]),
        new("irish", [Ethnicity.WhiteIrish, Ethnicity.IrishTraveller],
            ["Murphy", "Kelly", "O'Brien", "Byrne", "Ryan", "O'Connor", "Doyle", "McCarthy", "Walsh", "Gallagher"],
            ["Conor", "Sean", "Cian", "Oisin", "Liam", "Darragh", "Patrick", "Finn"],
            ["Aoife", "Ciara", "Niamh", "Saoirse", "Siobhan", "Orla", "Roisin", "Caoimhe"]),
        new("chinese", [Ethnicity.Chinese],
            ["Chen", "Wang", "Li", "Zhang", "Liu", "Wong", "Lam", "Cheung", "Ho", "Ng"],
            ["Ethan", "Jun", "Hao", "Lucas", "Wei", "Ryan", "Kai", "Ming"],
            ["Mei", "Lily", "Xin", "Jia", "Chloe", "Hui", "Ying", "Anna"]),
        new("mixed", [Ethnicity.WhiteAndAsian, Ethnicity.WhiteAndBlackAfrican, Ethnicity.MixedOther],
            ["Smith", "Khan", "Patel", "Jones", "Mensah", "Taylor", "Ali", "Campbell", "Singh", "Davies"],
            ["Zain", "Leo", "Kai", "Rafi", "Jayden", "Ari", "Noah", "Elias"],
            ["Layla", "Ruby", "Aria", "Mia", "Zara", "Nia", "Ella", "Amira"]),
        new("other", [Ethnicity.OtherEthnicGroup, Ethnicity.AsianOther],
            ["Nguyen", "Tran", "Rahimi", "Karimi", "Haddad", "Yilmaz", "Demir", "Perera", "Fernando", "Santos", "Silva", "Ahmadi"],
            ["Omar", "Ali", "Mateo", "Yusuf", "Arash", "Emre", "Nikhil", "Daniel"],
            ["Leyla", "Sara", "Elif", "Dina", "Yasmin", "Ana", "Nisha", "Laila"]),
    ];

    /// <summary>Heritage weights (percent) by kind of area; Slough's from the 2021 census, shire areas whiter.</summary>
    public static double[] Weights(bool diverseTown) => diverseTown
        ? [30, 22, 15, 2, 11, 6, 2, 2, 1, 6, 3]
        : [70, 4, 5, 1, 6, 3, 1, 2, 1, 5, 2];
}
