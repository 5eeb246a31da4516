namespace AiRegAnalyzers.PersonalData;

/// <summary>Kinds of real-looking personal data found in text; each has a resource string <c>Kind_&lt;name&gt;</c>.</summary>
internal enum LiteralKind
{
    None,
    ResidentIdNumber,
    MobileNumber,
    BankCardNumber,
    EmailAddress,
}

/// <summary>
/// Recognizes real-looking personal data inside string literals: PRC resident identity numbers
/// (GB 11643-1999: region, plausible birth date, ISO 7064 MOD 11-2 check digit), PRC mobile
/// numbers (11 digits, a mobile network prefix, optional +86), Luhn-valid 13-19 digit card
/// numbers with a card-network prefix, and e-mail addresses outside reserved and placeholder
/// domains. Cheap first: one pass over the characters, validation only for candidates of the right shape.
/// </summary>
internal static class PersonalDataLiterals
{
    private const int MinLength = 6;
    private const int MaxLength = 4096;

    private static readonly int[] IdWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string IdCheckDigits = "10X98765432";

    /// <summary>Published test card numbers (payment-provider sandboxes): not anyone's card.</summary>
    private static readonly string[] TestCardNumbers =
    [
        "4111111111111111", "4242424242424242", "4012888888881881", "4000056655665556", "4000000000000002", "4000000000009995",
        "5555555555554444", "5105105105105100", "5200828282828210", "2223003122003222", "378282246310005", "371449635398431",
        "378734493671000", "6011111111111117", "6011000990139424", "3056930009020004", "36227206271667", "3566002020360505",
        "6200000000000005", "6205500000000000004", "4000002500003155", "4000000000003220", "5454545454545454", "4444333322221111",
    ];

    /// <summary>Role and placeholder mailboxes: not a person.</summary>
    private static readonly string[] RoleMailboxes =
    [
        "noreply", "no-reply", "donotreply", "do-not-reply", "support", "admin", "administrator", "info", "postmaster", "webmaster", "hostmaster",
        "sales", "contact", "hello", "service", "services", "help", "helpdesk", "privacy", "security", "abuse", "billing", "team", "notifications",
        "notification", "notify", "marketing", "hr", "jobs", "careers", "dev", "developer", "developers", "test", "tester", "user", "username",
        "someone", "somebody", "name", "example", "foo", "bar", "baz", "email", "mail", "your.name", "yourname", "your-email", "youremail", "me",
        "john.doe", "jane.doe", "johndoe", "janedoe", "xxx", "demo", "sample", "nobody", "root", "system", "bot", "robot", "alerts", "alert",
        "feedback", "office", "press", "legal", "compliance", "finance", "accounts", "orders", "order", "newsletter", "news", "kefu", "fuwu",
    ];

    /// <summary>Domains that never hold a real mailbox of a person, or are documentation placeholders.</summary>
    private static readonly string[] PlaceholderDomains =
    [
        "example.com", "example.org", "example.net", "localhost", "domain.com", "yourdomain.com", "your-domain.com", "mydomain.com",
        "yourcompany.com", "company.com", "contoso.com", "fabrikam.com", "northwindtraders.com", "adventure-works.com", "acme.com",
        "test.com", "email.com", "sample.com", "foo.com", "bar.com", "xxx.com", "users.noreply.github.com",
    ];

    private static readonly string[] ReservedTopLevelDomains = ["test", "invalid", "example", "localhost", "local", "internal", "lan", "home", "corp"];

    /// <summary>The first kind of real-looking personal data in <paramref name="text"/>, or <see cref="LiteralKind.None"/>.</summary>
    public static LiteralKind Find(string text)
    {
        if (text.Length < MinLength || text.Length > MaxLength)
        {
            return LiteralKind.None;
        }

        var digits = 0;
        var hasAt = false;
        foreach (var c in text)
        {
            if (c >= '0' && c <= '9')
            {
                digits++;
            }
            else if (c == '@')
            {
                hasAt = true;
            }
        }

        if (digits >= 11)
        {
            var kind = FindNumber(text);
            if (kind != LiteralKind.None)
            {
                return kind;
            }
        }

        return hasAt && FindEmail(text) ? LiteralKind.EmailAddress : LiteralKind.None;
    }

    private static LiteralKind FindNumber(string text)
    {
        var buffer = new char[20];
        var i = 0;
        while (i < text.Length)
        {
            // Digits right after a letter are part of a word (a GUID, hex, a version), not a number of their own.
            if (!IsDigit(text[i]) || (i > 0 && IsAlphanumeric(text[i - 1])))
            {
                i++;
                continue;
            }

            // A run of digits, optionally grouped by single spaces or dashes (138 1234 5678, 6222-0212-3456-7890).
            var count = 0;
            var j = i;
            var grouped = false;
            var tooLong = false;
            var firstGroup = 0;
            var international = i > 0 && text[i - 1] == '+';
            while (j < text.Length)
            {
                var c = text[j];
                if (IsDigit(c))
                {
                    if (count < buffer.Length)
                    {
                        buffer[count] = c;
                    }
                    else
                    {
                        tooLong = true;
                    }

                    count++;
                    j++;
                }
                else if ((c == ' ' || c == '-') && j + 1 < text.Length && IsDigit(text[j + 1]) && j > i)
                {
                    if (!grouped)
                    {
                        firstGroup = count;
                    }

                    grouped = true;
                    j++;
                }
                else
                {
                    break;
                }
            }

            var hasX = !grouped && count == 17 && j < text.Length && (text[j] == 'X' || text[j] == 'x');
            var end = hasX ? j + 1 : j;
            var bounded = end >= text.Length || !IsAlphanumeric(text[end]);
            if (bounded && !tooLong)
            {
                var kind = Classify(buffer, count, hasX, grouped, firstGroup, international);
                if (kind != LiteralKind.None)
                {
                    return kind;
                }
            }

            i = end;
        }

        return LiteralKind.None;
    }

    /// <param name="firstGroup">Digits before the first separator of a grouped run.</param>
    /// <param name="international">The run follows a <c>+</c>: it starts with a country code.</param>
    private static LiteralKind Classify(char[] digits, int count, bool hasX, bool grouped, int firstGroup, bool international)
    {
        if (hasX || (count == 18 && !grouped))
        {
            if (IsResidentIdNumber(digits, hasX))
            {
                return LiteralKind.ResidentIdNumber;
            }

            if (hasX)
            {
                return LiteralKind.None;
            }
        }

        // A PRC mobile number is grouped 3-4-4 when it is grouped at all; after a + only country code 86 is the PRC's
        // (+1-800-555-5555 has eleven digits that start with 1, and is a North American number).
        if (count == 11 && !international && (!grouped || firstGroup == 3) && IsMobileNumber(digits, 0))
        {
            return LiteralKind.MobileNumber;
        }

        if (count == 13 && digits[0] == '8' && digits[1] == '6' && (!grouped || firstGroup == 2 || firstGroup == 5) && IsMobileNumber(digits, 2))
        {
            // +86 13812345678, +86 138 1234 5678, 8613812345678.
            return LiteralKind.MobileNumber;
        }

        if (count >= 13 && count <= 19 && IsCardNumber(digits, count))
        {
            return LiteralKind.BankCardNumber;
        }

        return LiteralKind.None;
    }

    /// <summary>GB 11643: 6-digit region (province 11-82), birth date YYYYMMDD from 1900, sequence, MOD 11-2 check digit.</summary>
    internal static bool IsResidentIdNumber(char[] digits, bool lastIsX)
    {
        var province = ((digits[0] - '0') * 10) + (digits[1] - '0');
        if (province is < 11 or > 82 || province % 10 > 7)
        {
            return false;
        }

        var year = Number(digits, 6, 4);
        var month = Number(digits, 10, 2);
        var day = Number(digits, 12, 2);
        if (year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        var sum = 0;
        for (var k = 0; k < 17; k++)
        {
            sum += (digits[k] - '0') * IdWeights[k];
        }

        var expected = IdCheckDigits[sum % 11];
        return lastIsX ? expected == 'X' : expected == digits[17];
    }

    /// <summary>11 digits starting 13-19 with a prefix in use by a PRC mobile network; obvious fillers (13800000000, 13912345678) are not numbers of anyone.</summary>
    internal static bool IsMobileNumber(char[] digits, int start)
    {
        if (digits[start] != '1')
        {
            return false;
        }

        var second = digits[start + 1] - '0';
        var third = digits[start + 2] - '0';
        var prefixInUse = second switch
        {
            3 or 8 => true,
            4 => third is 5 or 7 or 9 or 6 or 8,
            5 => third != 4,
            6 => third is 2 or 5 or 6 or 7,
            7 => third is >= 0 and <= 8,
            9 => third != 4,
            _ => false,
        };
        if (!prefixInUse)
        {
            return false;
        }

        // The 8 subscriber digits: all one digit, or counting up/down, is a filler.
        var allSame = true;
        var ascending = true;
        var descending = true;
        for (var k = start + 4; k < start + 11; k++)
        {
            var previous = digits[k - 1];
            allSame &= digits[k] == previous;
            ascending &= digits[k] == previous + 1 || (previous == '9' && digits[k] == '0');
            descending &= digits[k] == previous - 1 || (previous == '0' && digits[k] == '9');
        }

        return !allSame && !ascending && !descending && !IsKnownPlaceholderMobile(digits, start);
    }

    private static bool IsKnownPlaceholderMobile(char[] digits, int start)
    {
        // 13800138000 (China Mobile's own test number) and x0000000 tails are in every tutorial.
        var tailZeros = 0;
        for (var k = start + 10; k >= start + 3 && digits[k] == '0'; k--)
        {
            tailZeros++;
        }

        return tailZeros >= 6 || new string(digits, start, 11) == "13800138000";
    }

    /// <summary>Luhn-valid, 13-19 digits, a card-network prefix (UnionPay 62, Visa 4, Mastercard 51-55/22-27, Amex 34/37, JCB 35, Diners 30/36/38, Discover 60/64/65), not a published test number.</summary>
    internal static bool IsCardNumber(char[] digits, int count)
    {
        var first = digits[0] - '0';
        var two = (first * 10) + (digits[1] - '0');
        var network = first == 4 || two is 62 or 34 or 37 or 35 or 30 or 36 or 38 or 60 or 64 or 65 or (>= 51 and <= 55) or (>= 22 and <= 27);
        if (!network || IsAllSame(digits, count))
        {
            return false;
        }

        var sum = 0;
        var doubleIt = false;
        for (var k = count - 1; k >= 0; k--)
        {
            var d = digits[k] - '0';
            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubleIt = !doubleIt;
        }

        if (sum % 10 != 0)
        {
            return false;
        }

        var text = new string(digits, 0, count);
        return Array.IndexOf(TestCardNumbers, text) < 0;
    }

    private static bool FindEmail(string text)
    {
        for (var at = text.IndexOf('@'); at >= 0; at = at + 1 < text.Length ? text.IndexOf('@', at + 1) : -1)
        {
            var start = at;
            while (start > 0 && IsLocalPartChar(text[start - 1]))
            {
                start--;
            }

            var end = at + 1;
            while (end < text.Length && IsDomainChar(text[end]))
            {
                end++;
            }

            // Trailing dots or dashes end a sentence, not a domain.
            while (end > at + 1 && (text[end - 1] == '.' || text[end - 1] == '-'))
            {
                end--;
            }

            if (start == at || end == at + 1 || (start > 0 && text[start - 1] == '/') || (end < text.Length && (text[end] == '/' || text[end] == ':')))
            {
                // "@Model", "scope/package@1.2", "git@github.com:org/repo": not a mailbox.
                continue;
            }

            var local = text.Substring(start, at - start);
            var domain = text.Substring(at + 1, end - at - 1).ToLowerInvariant();
            if (IsPersonalEmail(local, domain))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool IsPersonalEmail(string local, string domain)
    {
        var lastDot = domain.LastIndexOf('.');
        if (lastDot <= 0 || lastDot == domain.Length - 1 || local[0] == '.' || local[local.Length - 1] == '.')
        {
            return false;
        }

        var tld = domain.Substring(lastDot + 1);
        if (tld.Length < 2 || !IsLetters(tld) || Array.IndexOf(ReservedTopLevelDomains, tld) >= 0)
        {
            return false;
        }

        foreach (var placeholder in PlaceholderDomains)
        {
            if (domain == placeholder || domain.EndsWith("." + placeholder, StringComparison.Ordinal))
            {
                return false;
            }
        }

        // example.anything (example.cn, example.co.uk) is a placeholder too.
        if (domain.StartsWith("example.", StringComparison.Ordinal) || domain.IndexOf(".example.", StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        var mailbox = local.ToLowerInvariant();
        var plus = mailbox.IndexOf('+');
        if (plus > 0)
        {
            mailbox = mailbox.Substring(0, plus);
        }

        return Array.IndexOf(RoleMailboxes, mailbox) < 0 && !IsPlaceholderText(mailbox) && !IsMadeOfRoleWords(mailbox);
    }

    /// <summary>Words of a made-up mailbox in seed and sample data: <c>vendor1email</c>, <c>affiliate_email</c>, <c>customer.2</c>, <c>builtin</c>.</summary>
    private static readonly string[] RoleWords =
    [
        "vendor", "affiliate", "customer", "buyer", "seller", "merchant", "store", "shop", "guest", "builtin", "anonymous", "default",
        "owner", "manager", "staff", "member", "client", "partner", "supplier", "employee", "student", "teacher", "patient", "doctor",
        "account", "tenant", "operator", "reviewer", "author", "editor", "moderator", "superadmin", "sysadmin", "guanliyuan", "yonghu", "ceshi",
    ];

    /// <summary>
    /// A mailbox that is only role words and digits, or names itself an e-mail address: a person's mailbox is a name, a
    /// nickname or initials, and never contains the word "email".
    /// </summary>
    private static bool IsMadeOfRoleWords(string mailbox)
    {
        // A QQ mailbox (12345678@qq.com) is all digits and a person's.
        var allRoles = true;
        var words = 0;
        var start = -1;
        for (var i = 0; i <= mailbox.Length; i++)
        {
            if (i < mailbox.Length && mailbox[i] >= 'a' && mailbox[i] <= 'z')
            {
                if (start < 0)
                {
                    start = i;
                }

                continue;
            }

            if (start >= 0)
            {
                var word = mailbox.Substring(start, i - start);
                if (word is "email" or "mail")
                {
                    return true;
                }

                allRoles &= Array.IndexOf(RoleWords, word) >= 0 || Array.IndexOf(RoleMailboxes, word) >= 0;
                words++;
                start = -1;
            }
        }

        return words > 0 && allRoles;
    }

    /// <summary>Mailboxes such as "xxx", "aaaa" or "{0}" leftovers.</summary>
    private static bool IsPlaceholderText(string mailbox)
    {
        if (mailbox.Length < 2)
        {
            return true;
        }

        for (var k = 1; k < mailbox.Length; k++)
        {
            if (mailbox[k] != mailbox[0])
            {
                return false;
            }
        }

        return true;
    }

    private static int Number(char[] digits, int start, int length)
    {
        var value = 0;
        for (var k = start; k < start + length; k++)
        {
            value = (value * 10) + (digits[k] - '0');
        }

        return value;
    }

    private static bool IsAllSame(char[] digits, int count)
    {
        for (var k = 1; k < count; k++)
        {
            if (digits[k] != digits[0])
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLetters(string s)
    {
        foreach (var c in s)
        {
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static bool IsAlphanumeric(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    private static bool IsLocalPartChar(char c) => IsAlphanumeric(c) || c is '.' or '_' or '%' or '+' or '-';

    private static bool IsDomainChar(char c) => IsAlphanumeric(c) || c is '.' or '-';
}
