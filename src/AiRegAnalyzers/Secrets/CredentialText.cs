namespace AiRegAnalyzers.Secrets;

/// <summary>
/// Credentials written inside a longer text (AIREG501): a connection string's <c>Password</c>/<c>Pwd</c>,
/// the user info of a URI (<c>scheme://user:password@host</c>), a password-named member of JSON text.
/// Values that stand for something else are not credentials: empty, placeholders (<c>{0}</c>,
/// <c>${VAR}</c>, <c>&lt;password&gt;</c>), SQL parameters (<c>@password</c>, <c>:password</c>, <c>$pwd</c>).
/// </summary>
internal static class CredentialText
{
    /// <summary>
    /// A connection string (<c>key=value</c> pairs separated by <c>;</c>) whose <c>Password</c> or <c>Pwd</c> has a
    /// real value; keys in any order and case, spaces around <c>=</c> allowed, values optionally quoted.
    /// </summary>
    public static bool HasConnectionStringPassword(string value) => FindConnectionStringPassword(value, out _, out _);

    /// <summary>Where the real <c>Password</c>/<c>Pwd</c> value of a connection string starts and how long it is (see <see cref="HasConnectionStringPassword"/>).</summary>
    public static bool FindConnectionStringPassword(string value, out int start, out int length)
    {
        start = length = 0;
        if (value.IndexOf('=') < 0)
        {
            return false;
        }

        var position = 0;
        while (NextPair(value, ref position, out var key, out var raw, out var rawStart))
        {
            var unquoted = raw.Trim('\'', '"');
            if ((key.Equals("password", StringComparison.OrdinalIgnoreCase) || key.Equals("pwd", StringComparison.OrdinalIgnoreCase))
                && IsRealValue(unquoted))
            {
                start = rawStart + raw.IndexOf(unquoted, StringComparison.Ordinal);
                length = unquoted.Length;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The one-scan pre-check of <see cref="HasConnectionStringPassword"/> and <see cref="HasUriPassword"/>: a
    /// connection string's password needs an <c>=</c>, a URI's user info an <c>@</c>; most literals have neither.
    /// </summary>
    public static bool MayHoldPassword(string value) => value.IndexOfAny(PasswordMarks) >= 0;

    private static readonly char[] PasswordMarks = ['=', '@'];

    private static readonly char[] AuthorityEnd = ['/', '?', '#'];

    /// <summary>The connection string names a loopback server (<c>localhost</c>, <c>127.0.0.1</c>, <c>.</c>, <c>(local)</c>, <c>(localdb)\…</c>).</summary>
    public static bool HasLocalServer(string value)
    {
        var position = 0;
        while (NextPair(value, ref position, out var key, out var server, out _))
        {
            if (key.ToLowerInvariant() is "server" or "data source" or "datasource" or "host" or "address" or "addr" or "network address")
            {
                var cut = server.IndexOfAny([',', '\\']);
                var host = (cut >= 0 ? server.Substring(0, cut) : server).Trim().ToLowerInvariant();
                foreach (var protocol in SqlServerProtocols)
                {
                    if (host.StartsWith(protocol, StringComparison.Ordinal))
                    {
                        host = host.Substring(protocol.Length);
                    }
                }

                var colon = host.LastIndexOf(':');
                if (colon > 0 && host != "::1")
                {
                    host = host.Substring(0, colon);
                }

                return host is "localhost" or "127.0.0.1" or "::1" or "." or "(local)" or "(localdb)";
            }
        }

        return false;
    }

    private static readonly string[] SqlServerProtocols = ["tcp:", "np:", "lpc:"];

    /// <summary>The next <c>key=value</c> pair of a connection string from <paramref name="position"/>, both trimmed.</summary>
    private static bool NextPair(string text, ref int position, out string key, out string value, out int valueStart)
    {
        while (position < text.Length)
        {
            var start = position;
            var end = text.IndexOf(';', start);
            if (end < 0)
            {
                end = text.Length;
            }

            position = end + 1;
            var equals = text.IndexOf('=', start, end - start);
            if (equals > start)
            {
                key = text.Substring(start, equals - start).Trim();
                var raw = text.Substring(equals + 1, end - equals - 1);
                value = raw.Trim();
                valueStart = equals + 1 + (value.Length == 0 ? 0 : raw.IndexOf(value, StringComparison.Ordinal));
                return true;
            }
        }

        key = value = string.Empty;
        valueStart = 0;
        return false;
    }

    /// <summary><c>scheme://user:password@host</c> with a real password (not <c>user:password@</c>, <c>{user}:{password}@</c>).</summary>
    public static bool HasUriPassword(string value) => FindUriPassword(value, out _, out _);

    /// <summary>Where the real password of a URI's user info starts and how long it is (see <see cref="HasUriPassword"/>).</summary>
    public static bool FindUriPassword(string value, out int start, out int length)
    {
        start = length = 0;
        var scheme = value.IndexOf("://", StringComparison.Ordinal);
        if (scheme <= 0)
        {
            return false;
        }

        var from = scheme + 3;
        var end = value.IndexOfAny(AuthorityEnd, from);
        var authority = end < 0 ? value.Substring(from) : value.Substring(from, end - from);
        var at = authority.LastIndexOf('@');
        if (at <= 0)
        {
            return false;
        }

        var userInfo = authority.Substring(0, at);
        var colon = userInfo.IndexOf(':');
        if (colon < 0 || !IsRealValue(userInfo.Substring(colon + 1)))
        {
            return false;
        }

        start = from + colon + 1;
        length = at - colon - 1;
        return true;
    }

    /// <summary>
    /// JSON text (an object or array) with a credential-named member holding a password-shaped string:
    /// <c>{"MerchantPassword": "…"}</c> (see <see cref="HardCodedCredentialAnalyzer.IsCredentialName"/> and
    /// <see cref="SecretShapes.IsIdentifierShaped"/>).
    /// </summary>
    public static bool HasJsonPassword(string value, string[] credentialWords)
    {
        // JSON text starts with an object or array; a regular expression or message that quotes a member does not.
        var first = SkipSpaces(value, 0);
        if (first >= value.Length || value[first] is not ('{' or '['))
        {
            return false;
        }

        var index = value.IndexOf('"');
        if (index < 0 || value.IndexOf(':') < 0)
        {
            return false;
        }

        while (index >= 0 && index < value.Length)
        {
            var keyEnd = value.IndexOf('"', index + 1);
            if (keyEnd < 0)
            {
                return false;
            }

            var next = SkipSpaces(value, keyEnd + 1);
            if (next < value.Length && value[next] == ':')
            {
                var open = SkipSpaces(value, next + 1);
                if (open < value.Length && value[open] == '"')
                {
                    var close = StringEnd(value, open + 1);
                    if (close < 0)
                    {
                        return false;
                    }

                    var key = value.Substring(index + 1, keyEnd - index - 1);
                    var member = value.Substring(open + 1, close - open - 1);
                    if (HardCodedCredentialAnalyzer.IsCredentialName(key, credentialWords)
                        && IsRealValue(member)
                        && HardCodedCredentialAnalyzer.IsCredentialValue(member, credentialWords)
                        && !SecretShapes.IsIdentifierShaped(member))
                    {
                        return true;
                    }

                    index = value.IndexOf('"', close + 1);
                    continue;
                }
            }

            index = value.IndexOf('"', keyEnd + 1);
        }

        return false;
    }

    private static int SkipSpaces(string value, int index)
    {
        while (index < value.Length && char.IsWhiteSpace(value[index]))
        {
            index++;
        }

        return index;
    }

    private static int StringEnd(string value, int index)
    {
        for (var i = index; i < value.Length; i++)
        {
            if (value[i] == '\\')
            {
                i++;
            }
            else if (value[i] == '"')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Not empty, not a placeholder, not a SQL or template parameter.</summary>
    private static bool IsRealValue(string value)
    {
        var trimmed = value.Trim();
        return trimmed.Length > 0 && !SecretValues.IsPlaceholder(trimmed) && !IsParameter(trimmed);
    }

    /// <summary>
    /// <c>@password</c>, <c>:pwd</c>, <c>$pwd</c>, <c>?</c>: a sigil and a parameter name (a credential word, a name, or at
    /// most three characters); <c>@dmin2024</c> and <c>$ecret!</c> are passwords that start with a symbol.
    /// </summary>
    private static bool IsParameter(string value)
    {
        if (value[0] is not ('@' or ':' or '$' or '?'))
        {
            return false;
        }

        var name = value.Substring(1);
        foreach (var c in name)
        {
            if (!char.IsLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return name.Length <= 3
            || name.IndexOf("pass", StringComparison.OrdinalIgnoreCase) >= 0
            || name.IndexOf("pwd", StringComparison.OrdinalIgnoreCase) >= 0
            || SecretShapes.IsIdentifierShaped(name);
    }
}
