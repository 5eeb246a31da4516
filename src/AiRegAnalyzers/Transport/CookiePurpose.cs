namespace AiRegAnalyzers.Transport;

/// <summary>What a cookie is for, as far as its name (or the framework API that makes it) tells.</summary>
internal enum CookiePurpose
{
    /// <summary>Anything else: session, authentication, tracking, or a name that says nothing.</summary>
    Unknown,

    /// <summary>
    /// A display preference (culture, language, theme, consent, a shown or hidden panel) or where to go back
    /// to (a return URL, the referrer): it carries nothing that identifies or authenticates the user, so
    /// neither flag protects anything.
    /// </summary>
    Preference,

    /// <summary>
    /// An antiforgery request token meant to be read by the page's script and echoed in a header
    /// (the double-submit pattern of SPAs): <c>HttpOnly</c> must be off there; <c>Secure</c> still matters.
    /// </summary>
    ScriptReadableToken,
}

/// <summary>Reads a cookie's purpose from the name given to <c>Append</c>.</summary>
internal static class CookiePurposes
{
    private static readonly HashSet<string> PreferenceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "culture", "lang", "language", "locale", "theme", "skin", "timezone", "tz", "consent", "cookieconsent",
        "sidebar", "layout", "font", "fontsize", "currency", "dismissed", "tour",
    };

    /// <summary>A first word that makes the name a display toggle: <c>HideCategories</c>, <c>show_banner</c>, <c>collapsedMenu</c>.</summary>
    private static readonly HashSet<string> ToggleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "hide", "hidden", "show", "collapse", "collapsed", "expand", "expanded",
    };

    /// <summary>Head words of a navigation cookie: the page to go back to (<c>refer</c>, <c>redirect</c>; <c>returnUrl</c> below).</summary>
    private static readonly HashSet<string> NavigationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "refer", "referer", "referrer", "redirect",
    };

    /// <summary>Words that make any cookie one that matters, whatever else its name says (<c>show_session</c>).</summary>
    private static readonly HashSet<string> IdentityWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "session", "sid", "token", "auth", "login", "user", "account", "id", "email", "phone", "password", "pwd",
    };

    private static readonly HashSet<string> AntiforgeryWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "xsrf", "csrf", "antiforgery",
    };

    /// <summary>Words that name the cookie rather than its content: <c>ThemeCookieName</c> is about the theme.</summary>
    private static readonly HashSet<string> NamingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "cookie", "name", "key", "default",
    };

    /// <summary>The purpose of the cookie <paramref name="append"/> writes (its <c>key</c> argument).</summary>
    public static CookiePurpose Of(IInvocationOperation append)
    {
        foreach (var argument in append.Arguments)
        {
            if (IsCultureProvider(argument.Value))
            {
                // CookieRequestCultureProvider.DefaultCookieName / MakeCookieValue: the localization cookie.
                return CookiePurpose.Preference;
            }
        }

        foreach (var argument in append.Arguments)
        {
            if (argument.Parameter?.Name == "key")
            {
                return Of(NameOf(argument.Value));
            }
        }

        return CookiePurpose.Unknown;
    }

    /// <summary>The purpose a cookie name says: an antiforgery word anywhere, or a preference word as its head.</summary>
    public static CookiePurpose Of(string? name)
    {
        if (name is null || name.Length == 0)
        {
            return CookiePurpose.Unknown;
        }

        var words = IdentifierWords.Split(name);
        foreach (var word in words)
        {
            if (AntiforgeryWords.Contains(word))
            {
                return CookiePurpose.ScriptReadableToken;
            }
        }

        // The head word decides, as for personal-data names: "lang_session" is a session cookie.
        for (var i = words.Count - 1; i >= 0; i--)
        {
            if (!NamingWords.Contains(words[i]) && !char.IsDigit(words[i][0]))
            {
                return PreferenceWords.Contains(words[i]) || IsNavigation(words, i) || IsToggle(words)
                    ? CookiePurpose.Preference
                    : CookiePurpose.Unknown;
            }
        }

        return CookiePurpose.Unknown;
    }

    /// <summary><c>refer</c>, <c>redirect</c>... as the head, or <c>returnUrl</c>, <c>back_url</c>.</summary>
    private static bool IsNavigation(List<string> words, int head) =>
        NavigationWords.Contains(words[head])
        || (words[head].Equals("url", StringComparison.OrdinalIgnoreCase) && head > 0 && words[head - 1] is "return" or "back" or "redirect");

    private static bool IsToggle(List<string> words)
    {
        if (!ToggleWords.Contains(words[0]))
        {
            return false;
        }

        foreach (var word in words)
        {
            if (IdentityWords.Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    private static string? NameOf(IOperation key)
    {
        while (key is IConversionOperation conversion)
        {
            key = conversion.Operand;
        }

        return key switch
        {
            { ConstantValue: { HasValue: true, Value: string constant } } => constant,
            IFieldReferenceOperation field => field.Field.Name,
            IPropertyReferenceOperation property => property.Property.Name,
            ILocalReferenceOperation local => local.Local.Name,
            _ => null,
        };
    }

    private static bool IsCultureProvider(IOperation value)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        var type = value switch
        {
            IFieldReferenceOperation field => field.Field.ContainingType,
            IPropertyReferenceOperation property => property.Property.ContainingType,
            IInvocationOperation invocation => invocation.TargetMethod.ContainingType,
            _ => null,
        };

        return type is { Name: "CookieRequestCultureProvider", ContainingNamespace: { Name: "Localization", ContainingNamespace: { Name: "AspNetCore", ContainingNamespace: { Name: "Microsoft", ContainingNamespace.IsGlobalNamespace: true } } } };
    }
}
