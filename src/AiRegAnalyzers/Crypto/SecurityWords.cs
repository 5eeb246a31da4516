using System.Collections.Concurrent;

namespace AiRegAnalyzers.Crypto;

/// <summary>
/// Name vocabularies of the cryptography rules: "password-like" names (AIREG306) and names of
/// security values such as tokens, one-time codes, salts and keys (AIREG307). Identifiers are
/// split with <see cref="IdentifierWords"/>; results are cached per name for one option set.
/// </summary>
internal sealed class SecurityWords
{
    /// <summary>Default words for a password (English and pinyin).</summary>
    public static readonly ImmutableArray<string> DefaultPasswordWords =
        ImmutableArray.Create("password", "passwd", "pwd", "passphrase", "passcode", "mima", "kouling");

    /// <summary>Words that mean the value is not the password itself (a hash of it, a rule about it, ...).</summary>
    private static readonly HashSet<string> PasswordStopWords = new(StringComparer.Ordinal)
    {
        "hash", "hashed", "hasher", "length", "policy", "options", "hint", "expiry", "expires", "expiration",
        "token", "salt", "count", "attempts", "regex", "pattern", "format", "required", "changed", "date",
        "time", "updated", "version", "algorithm", "iterations", "label", "placeholder", "field", "column",
        "strength", "validator", "rule", "rules",
    };

    /// <summary>Default words for a security value produced at random.</summary>
    public static readonly ImmutableArray<string> DefaultSecurityValueWords = ImmutableArray.Create(
        "token", "password", "passwd", "pwd", "passphrase", "passcode", "pin", "otp", "totp", "hotp", "code",
        "salt", "nonce", "key", "secret", "session", "verification", "captcha", "csrf", "xsrf", "pepper", "iv",
        "apikey", "mima", "yanzhengma");

    /// <summary>"key" is a security value unless one of these words names what kind of key it is.</summary>
    private static readonly HashSet<string> NonSecretKeyWords = new(StringComparer.Ordinal)
    {
        "cache", "partition", "sort", "row", "primary", "foreign", "lookup", "dictionary", "map", "group",
        "route", "resource", "idempotency", "composite", "unique", "entity", "hot", "shortcut", "press",
        "pressed", "down", "up", "hash", "bucket", "shard", "index", "order", "display", "localization", "translation",
    };

    /// <summary>"code" is a security value only with one of these words (an SMS code, a reset code, ...).</summary>
    private static readonly HashSet<string> SecretCodeWords = new(StringComparer.Ordinal)
    {
        "sms", "email", "login", "auth", "authorization", "reset", "confirm", "confirmation", "activation",
        "invite", "invitation", "access", "security", "recovery", "backup", "mfa", "verify", "verification",
        "one", "otp", "pin", "signin", "signup", "register", "registration", "captcha", "unlock", "pass",
    };

    /// <summary>Words that make a name about a property of the value rather than the value (tokenLength, sessionTimeout).</summary>
    private static readonly HashSet<string> ValueStopWords = new(StringComparer.Ordinal)
    {
        "length", "len", "size", "count", "timeout", "delay", "duration", "interval", "jitter", "retry", "retries",
        "attempts", "seconds", "minutes", "ttl", "expiry", "expires", "expiration", "index", "offset", "position",
        "color", "colour", "port", "width", "height", "percent", "probability", "chance", "weight", "sample", "sampling",
    };

    /// <summary>A method name counts only together with one of these verbs (GenerateOtp, CreateToken, NewSalt).</summary>
    private static readonly HashSet<string> ProducerVerbs = new(StringComparer.Ordinal)
    {
        "generate", "gen", "create", "new", "make", "issue", "build", "random", "next", "compute", "produce", "roll",
    };

    private readonly HashSet<string> _words;
    private readonly ConcurrentDictionary<string, bool> _targetCache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _methodCache = new(StringComparer.Ordinal);
    private readonly bool _isPassword;

    private SecurityWords(ImmutableArray<string> words, bool isPassword)
    {
        _words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            _words.Add(word.ToLowerInvariant());
        }

        _isPassword = isPassword;
    }

    public static SecurityWords ForPasswords(ImmutableArray<string> configured) =>
        new(configured.IsDefaultOrEmpty ? DefaultPasswordWords : configured, isPassword: true);

    public static SecurityWords ForSecurityValues(ImmutableArray<string> configured) =>
        new(configured.IsDefaultOrEmpty ? DefaultSecurityValueWords : configured, isPassword: false);

    /// <summary>Whether a variable, field, property or parameter with this name holds the value.</summary>
    public bool IsMatch(string name)
    {
        if (_targetCache.TryGetValue(name, out var known))
        {
            return known;
        }

        var words = IdentifierWords.Split(name);
        var result = _isPassword ? MatchPassword(words) : MatchSecurityValue(words);
        _targetCache.TryAdd(name, result);
        return result;
    }

    /// <summary>Whether a method with this name produces a security value (GenerateOtp, CreateResetToken).</summary>
    public bool IsProducerMethod(string name)
    {
        if (_methodCache.TryGetValue(name, out var known))
        {
            return known;
        }

        var words = IdentifierWords.Split(name);
        var hasVerb = false;
        foreach (var word in words)
        {
            if (ProducerVerbs.Contains(word))
            {
                hasVerb = true;
                break;
            }
        }

        var result = hasVerb && MatchSecurityValue(words);
        _methodCache.TryAdd(name, result);
        return result;
    }

    private bool MatchPassword(List<string> words)
    {
        var found = false;
        foreach (var word in words)
        {
            if (PasswordStopWords.Contains(word))
            {
                return false;
            }

            found |= _words.Contains(word);
        }

        return found;
    }

    private bool MatchSecurityValue(List<string> words)
    {
        if (AnyOf(words, ValueStopWords))
        {
            return false;
        }

        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (!_words.Contains(word))
            {
                continue;
            }

            if (word == "key" && AnyOf(words, NonSecretKeyWords))
            {
                continue;
            }

            if (word == "code" && !AnyOf(words, SecretCodeWords))
            {
                continue;
            }

            return true;
        }

        return false;
    }

    private static bool AnyOf(List<string> words, HashSet<string> set)
    {
        foreach (var word in words)
        {
            if (set.Contains(word))
            {
                return true;
            }
        }

        return false;
    }
}
