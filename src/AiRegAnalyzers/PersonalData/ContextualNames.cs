namespace AiRegAnalyzers.PersonalData;

/// <summary>
/// Members whose own name says nothing but whose type says it all: <c>Customer.Name</c> and
/// <c>PatientDto.Name</c> are a person's name; <c>PhoneNumber.Value</c> and <c>Email.Value</c> of a
/// value object are the phone number and the e-mail address. Used when the member's own name does not classify.
/// </summary>
internal static class ContextualNames
{
    private static readonly PersonalDataClassification PersonName = new(PersonalDataCategory.Identity, isSensitive: false);
    private static readonly PersonalDataClassification PreciseLocation = new(PersonalDataCategory.Location, isSensitive: true);

    /// <summary>
    /// Nouns that name a person and nothing else, as the head of a type name. Words for a role that things
    /// play as well (Worker, Driver, Owner, Holder, Member, Parent, Child, Contact, Subscriber, Tenant,
    /// Provider) are left out: on such a type a bare <c>Name</c> is a person's name only when the type has
    /// other personal data (<c>Driver { Name, LicenseNumber }</c>).
    /// </summary>
    private static readonly string[] PersonNouns =
    [
        "patient", "customer", "employee", "user", "person", "student", "applicant", "candidate", "passenger", "guest", "buyer",
        "consignee", "citizen", "resident", "staff", "doctor", "nurse", "teacher", "guardian", "visitor", "volunteer", "people",
        "pupil", "traveler", "traveller", "shopper", "learner", "jobseeker", "physician", "clinician", "beneficiary", "insured", "donor",
        "huanzhe", "kehu", "yuangong", "yonghu", "xuesheng", "huiyuan",
    ];

    /// <summary>Suffixes that wrap a type without changing what it is about (<c>CustomerDto</c>, <c>PatientViewModel</c>).</summary>
    private static readonly string[] WrapperSuffixes =
    [
        "dto", "model", "view", "viewmodel", "vm", "entity", "info", "record", "data", "request", "response", "details", "detail",
        "profile", "command", "input", "output", "item", "summary", "card", "row", "form", "entry", "result",
    ];

    /// <summary>
    /// A bare <c>Name</c>, <c>FullName</c>, <c>DisplayName</c>, <c>Location</c> or <c>Address</c> member, or a method
    /// named for an address (<c>GetAddress</c>, <c>GetChatAddress</c>): what it holds depends on its type.
    /// </summary>
    public static bool IsContextual(ISymbol symbol) =>
        symbol.ContainingType is not null
        && ((symbol is IPropertySymbol or IFieldSymbol && !symbol.IsStatic && IsBareWord(symbol.Name))
            || (symbol is IMethodSymbol method && IsAddressGetter(method)));

    /// <summary>The classification a member gets from its containing type, or <see langword="null"/>.</summary>
    public static PersonalDataClassification? Classify(ISymbol member, NameClassifier names)
    {
        if (member is IMethodSymbol method && IsAddressGetter(method))
        {
            // GetAddress(customer) is the customer's; GetAddress(options, model) or GetSpeechAddress(options) on a client factory is an endpoint.
            return AboutAPerson(method.ContainingType, method, names) || TakesAPerson(method, names) ? names.Classify("address") : null;
        }

        if (member is not (IPropertySymbol or IFieldSymbol) || member.IsStatic || member.ContainingType is not { } type)
        {
            return null;
        }

        if (IsBareAddress(member.Name))
        {
            // A customer's or an order's address, not a server's, a channel's or a wallet's (Endpoint.Address, ChannelOptions.Address).
            return AboutAPerson(type, member, names) ? names.Classify(member.Name) : null;
        }

        if (IsBareName(member.Name))
        {
            return IsPersonTypeName(type.Name) || HasOtherPersonalData(type, member, names, onlyAPersonHas: true) ? PersonName : null;
        }

        if (IsBareLocation(member.Name))
        {
            // A person's position, not a district's area or the site of an office: a place name (a string) only on a
            // person type, coordinates also on a type with other personal data (a check-in with the employee's name).
            var isText = member is IPropertySymbol { Type.SpecialType: SpecialType.System_String } or IFieldSymbol { Type.SpecialType: SpecialType.System_String };
            return IsPersonTypeName(type.Name) || (!isText && HasOtherPersonalData(type, member, names, onlyAPersonHas: true)) ? PreciseLocation : null;
        }

        // record PhoneNumber(string Value); struct IdCardNumber { public string Value { get; } }
        return member.Name == "Value" && type.TypeKind is TypeKind.Class or TypeKind.Struct && type.SpecialType == SpecialType.None && !type.IsGenericType
            ? names.Classify(type.Name)
            : null;
    }

    /// <summary>Whether a type named <paramref name="typeName"/> is about a person (<c>Customer</c>, <c>PatientDto</c>).</summary>
    public static bool IsPersonTypeName(string typeName) => HeadNoun(typeName) is { } head && IsPersonNoun(head);

    /// <summary>Words that, after a type's own noun, name or label that thing (<c>PostCode</c>, <c>TableTrueName</c>).</summary>
    private static readonly string[] ThingLabels = ["code", "name", "truename", "realname", "fullname", "displayname", "shortname", "title"];

    /// <summary>
    /// A member named "its own type's noun + code or name" labels that thing: <c>SysPost.PostCode</c> is the job
    /// position's code, <c>GenTable.TableTrueName</c> the table's real name. Not when the noun is a person
    /// (<c>Customer.CustomerName</c>) or personal data itself (<c>Address.AddressCode</c>); identifiers and numbers
    /// (<c>Device.DeviceId</c>, <c>Card.CardNumber</c>) are left to their names.
    /// </summary>
    public static bool DescribesItsOwnType(ISymbol member, NameClassifier names)
    {
        if (member is not (IPropertySymbol or IFieldSymbol) || member.ContainingType is not { } type || HeadNoun(type.Name) is not { } head)
        {
            return false;
        }

        var words = IdentifierWords.Split(member.Name);
        return words.Count is 2 or 3 && words[0] == head
            && Array.IndexOf(ThingLabels, string.Concat(words.GetRange(1, words.Count - 1))) >= 0
            && !IsPersonNoun(head) && names.Classify(head) is null;
    }

    /// <summary>The noun a type name is about, past wrapper suffixes and version numbers (<c>PatientDto</c>, <c>Customer2</c>, <c>PatientV2Dto</c>).</summary>
    private static string? HeadNoun(string typeName)
    {
        var words = IdentifierWords.Split(typeName);
        var last = words.Count - 1;
        while (last > 0 && (Array.IndexOf(WrapperSuffixes, words[last]) >= 0 || IsVersion(words[last]) || (words[last] == "v" && last + 1 < words.Count)))
        {
            last--;
        }

        return last >= 0 ? words[last] : null;
    }

    /// <summary>Digits, which split from the letters before them (<c>V2</c> → v, 2).</summary>
    private static bool IsVersion(string word)
    {
        foreach (var c in word)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A noun for a person, singular or plural (<c>users</c>).</summary>
    public static bool IsPersonNoun(string word) =>
        Array.IndexOf(PersonNouns, word) >= 0 || (word.Length > 3 && word[word.Length - 1] == 's' && Array.IndexOf(PersonNouns, word.Substring(0, word.Length - 1)) >= 0);

    private static bool IsBareLocation(string name) => string.Equals(name, "Location", StringComparison.OrdinalIgnoreCase);

    private static bool IsBareAddress(string name) => string.Equals(name, "Address", StringComparison.OrdinalIgnoreCase);

    /// <summary>Words before "address" that make it a person's wherever the method is: <c>GetShippingAddress()</c>.</summary>
    private static readonly string[] PersonAddressWords =
    [
        "home", "shipping", "billing", "mailing", "postal", "delivery", "street", "residential", "residence", "contact",
        "permanent", "registered", "household", "living", "receiver", "recipient", "consignee",
    ];

    /// <summary>
    /// A method whose name's head is "address" (<c>GetAddress</c>, <c>GetChatAddress</c>, <c>BuildImageAddressAsync</c>), unless a
    /// word before it makes it a person's (<c>GetShippingAddress</c>, left to the vocabulary).
    /// </summary>
    private static bool IsAddressGetter(IMethodSymbol method)
    {
        if (method.MethodKind != MethodKind.Ordinary || method.Name.IndexOf("Address", StringComparison.Ordinal) < 0)
        {
            return false;
        }

        var words = IdentifierWords.Split(method.Name);
        var head = words.Count - 1;
        if (head > 0 && words[head] == "async")
        {
            head--;
        }

        if (head < 0 || words[head] != "address")
        {
            return false;
        }

        for (var i = 0; i < head; i++)
        {
            if (Array.IndexOf(PersonAddressWords, words[i]) >= 0 || IsPersonNoun(words[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A type named for a person, or one with other personal data of a person (a name, an identity document,
    /// contact details, a birth date, health...; not credentials or keys, which services have too).
    /// </summary>
    private static bool AboutAPerson(INamedTypeSymbol type, ISymbol? member, NameClassifier names) =>
        IsPersonTypeName(type.Name) || HasOtherPersonalData(type, member, names, onlyAPersonHas: false);

    private static bool TakesAPerson(IMethodSymbol method, NameClassifier names)
    {
        foreach (var parameter in method.Parameters)
        {
            if (parameter.Type is INamedTypeSymbol { SpecialType: SpecialType.None } type && AboutAPerson(type, null, names))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A bare word whose meaning its type decides: another member named so says nothing of its own.</summary>
    private static bool IsBareWord(string name) => IsBareName(name) || IsBareLocation(name) || IsBareAddress(name);

    private static bool IsBareName(string name) =>
        string.Equals(name, "Name", StringComparison.OrdinalIgnoreCase)
        || string.Equals(name, "FullName", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "full_name", StringComparison.OrdinalIgnoreCase)
        || string.Equals(name, "DisplayName", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "display_name", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Another instance member of the type (or its bases) with personal data by its name. With
    /// <paramref name="onlyAPersonHas"/>, only data that a person alone has counts: a first or last name, an identity
    /// document, a birth date or gender, health, biometric or belief data (<c>Driver { Name, LicenseNumber }</c>);
    /// contact details, addresses, coordinates, bank accounts and logins belong to shops, companies and services too.
    /// Without it, anything but credentials and online identifiers counts (<c>Shipment { RecipientPhone, Address }</c>).
    /// </summary>
    private static bool HasOtherPersonalData(INamedTypeSymbol type, ISymbol? member, NameClassifier names, bool onlyAPersonHas)
    {
        for (var current = type; current is { SpecialType: not SpecialType.System_Object }; current = current.BaseType)
        {
            foreach (var other in current.GetMembers())
            {
                if (other is IPropertySymbol or IFieldSymbol && !other.IsStatic && !other.IsImplicitlyDeclared && !IsBareWord(other.Name)
                    && !SymbolEqualityComparer.Default.Equals(other, member)
                    && names.Classify(other.Name) is { Category: var category }
                    && (onlyAPersonHas
                        ? category is PersonalDataCategory.Identity or PersonalDataCategory.Demographic or PersonalDataCategory.Health
                            or PersonalDataCategory.Biometric or PersonalDataCategory.Belief or PersonalDataCategory.Minor
                        : category is not (PersonalDataCategory.Credential or PersonalDataCategory.OnlineIdentifier or PersonalDataCategory.General)))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
