namespace AiRegAnalyzers.Secrets;

/// <summary>
/// What a literal looks like, shared by AIREG501 and AIREG502: a name (identifier, slug, dotted or
/// <c>Section:Key</c> path, header name, URL path, version or OID) or a random-looking key.
/// <para>
/// Both tests segment the text the way identifiers are split: into <em>tokens</em> on separators,
/// then each token into <em>pieces</em> on case changes (<c>EmailVerificationToken</c> → Email,
/// Verification, Token; <c>HTTPSProxy</c> → HTTPS, Proxy) and letter/digit boundaries. A letter piece
/// of three or more is a <em>word</em> when it is pronounceable (it has a vowel, no run of five
/// consonants, not nearly all vowels); a vowel-less piece of up to five letters is an abbreviation
/// (<c>http</c>, <c>xml</c>, <c>SMTP</c>). Machine-made keys break into short, unpronounceable pieces
/// with unexplained case flips and digits between them; names and settings break into words.
/// </para>
/// </summary>
internal static class SecretShapes
{
    /// <summary>Share of the letters that must be in words for the text to have word structure.</summary>
    private const double WordLetterShare = 0.55;

    /// <summary>Largest share of boundaries between two non-words, per letter or digit, in worded text.</summary>
    private const double LooseBoundaryShare = 0.12;

    /// <summary>
    /// A name, not a credential: letters, digits and the separators <c>. : / \ - _</c> only, with at least
    /// two words (<c>ResetPassword</c>, <c>X-Api-Key</c>, <c>pm-12345-new-login-flow</c>,
    /// <c>Authentication:Microsoft:ClientSecret</c>, <c>Switch.Microsoft.AspNetCore.Mvc.UsePasswordValue</c>,
    /// <c>/account/reset</c>), or a dotted number (<c>1.2.840.113549.1.5.13</c>). Every letter piece is a
    /// word, an abbreviation or at most two letters; digits stand alone as a token or end a token of a
    /// path; the tokens of a slug (<c>-</c>, <c>_</c>) share one case style. So <c>admin123</c>,
    /// <c>P@ssw0rd</c>, <c>Db_pass_2024</c> and <c>correct horse battery staple</c> are not names.
    /// </summary>
    public static bool IsIdentifierShaped(string value)
    {
        if (value.Length < 3)
        {
            return false;
        }

        var words = 0;
        var numberTokens = 0;
        var tokens = 0;
        var path = value.IndexOfAny(PathSeparators) >= 0;
        var slugStyle = Style.None;
        var slugConsistent = true;
        var i = 0;
        while (i < value.Length)
        {
            var c = value[i];
            if (c is '.' or ':' or '/' or '\\' or '-' or '_')
            {
                i++;
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                return false;
            }

            var end = i;
            while (end < value.Length && char.IsLetterOrDigit(value[end]))
            {
                end++;
            }

            tokens++;
            if (!ReadNameToken(value, i, end, ref words, out var digitsOnly, out var mixed, out var style))
            {
                return false;
            }

            if (digitsOnly)
            {
                numberTokens++;
            }
            else
            {
                if (mixed && !path)
                {
                    // Digits glued to letters (admin123, Pass1word, Welcome2024) are how passwords are made;
                    // in a path (Net100, sha256, v2.1) they are versions.
                    return false;
                }

                if (slugStyle == Style.None)
                {
                    slugStyle = style;
                }
                else if (!Compatible(slugStyle, style))
                {
                    slugConsistent = false;
                }
                else if (slugStyle == Style.Single)
                {
                    slugStyle = style;
                }
            }

            i = end;
        }

        if (tokens == numberTokens)
        {
            return path && tokens >= 3;
        }

        return words >= 2 && (path || slugConsistent) && HasWordStructure(value);
    }

    /// <summary>
    /// A machine-made key: at least <paramref name="minLength"/> characters, no whitespace, no URL, path,
    /// regular expression or run of consecutive characters (<c>0123…</c>, <c>ABCD…</c>), at least two
    /// classes of lower-case letters, upper-case letters and digits, Shannon entropy of at least
    /// <paramref name="minEntropy"/> bits per character, and either no word structure (see the type) or
    /// password punctuation (<c>! $ ^ * ~</c>) between its letters.
    /// </summary>
    public static bool LooksRandom(string value, double minEntropy, int minLength)
    {
        if (value.Length < minLength || IsPattern(value) || value.IndexOf("://", StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        bool lower = false, upper = false, digit = false, punctuation = false;
        var consecutive = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsWhiteSpace(c) || c > '\u007f')
            {
                // Keys are ASCII; text with spaces or other scripts is a phrase, not a key.
                return false;
            }

            lower |= c is >= 'a' and <= 'z';
            upper |= c is >= 'A' and <= 'Z';
            digit |= c is >= '0' and <= '9';
            punctuation |= c is '!' or '$' or '^' or '*' or '~';
            if (i > 0 && Math.Abs(c - value[i - 1]) == 1)
            {
                consecutive++;
            }
        }

        if ((lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) < 2
            || consecutive * 2 >= value.Length
            || SecretValues.Entropy(value) < minEntropy
            || IsIdentifierShaped(value))
        {
            return false;
        }

        return punctuation || !HasWordStructure(value);
    }

    /// <summary>The cheapest necessary condition of <see cref="LooksRandom"/>: no space (a key is not a phrase).</summary>
    public static bool MayLookRandom(string value) => value.IndexOf(' ') < 0;

    /// <summary>An anchored regular expression (<c>^.{6,}$</c>, <c>^[A-Za-z0-9]+</c>): a rule about a value, not one.</summary>
    public static bool IsPattern(string value) =>
        value.Length >= 2 && (value[0] == '^' || (value[value.Length - 1] == '$' && value.IndexOfAny(RegexMetacharacters) >= 0));

    private static readonly char[] RegexMetacharacters = ['[', '(', '{', '*', '+', '?', '\\', '.', '|'];

    /// <summary>
    /// Most letters are in words (at least <see cref="WordLetterShare"/>; a token that is one short piece or
    /// abbreviation, such as <c>X</c> in <c>X-Api-Key</c>, counts as a word) and few boundaries inside a
    /// token fall between two non-words (at most <see cref="LooseBoundaryShare"/> per character): true for
    /// <c>gpt-4o-mini-2024-07-18</c> and <c>MsalDurationInHttpV2</c>, false for base64 and hex keys.
    /// </summary>
    internal static bool HasWordStructure(string value)
    {
        int alphanumeric = 0, letters = 0, wordLetters = 0, looseBoundaries = 0;
        var i = 0;
        while (i < value.Length)
        {
            if (!char.IsLetterOrDigit(value[i]))
            {
                i++;
                continue;
            }

            var end = i;
            while (end < value.Length && char.IsLetterOrDigit(value[end]))
            {
                end++;
            }

            alphanumeric += end - i;
            var pieces = 0;
            var previousIsWord = true;
            var start = i;
            var firstKind = Piece.Digits;
            var firstLength = 0;
            while (start < end)
            {
                var pieceEnd = PieceEnd(value, start, end);
                var kind = Classify(value, start, pieceEnd);
                var length = pieceEnd - start;
                var isWord = kind == Piece.Word;
                if (kind != Piece.Digits)
                {
                    letters += length;
                    wordLetters += isWord ? length : 0;
                }

                if (pieces == 0)
                {
                    firstKind = kind;
                    firstLength = length;
                }
                else if (!previousIsWord && !isWord)
                {
                    looseBoundaries++;
                }

                previousIsWord = isWord;
                pieces++;
                start = pieceEnd;
            }

            if (pieces == 1 && firstKind is Piece.Short or Piece.Abbreviation)
            {
                wordLetters += firstLength;
            }

            i = end;
        }

        return letters == 0
            || (wordLetters >= WordLetterShare * letters && looseBoundaries <= LooseBoundaryShare * alphanumeric);
    }

    private enum Piece
    {
        Digits,
        Short,
        Abbreviation,
        Word,
        Junk,
    }

    private enum Style
    {
        None,
        Single,
        Lower,
        Upper,
        Capitalized,
    }

    private static readonly char[] PathSeparators = ['.', ':', '/', '\\'];

    private static bool Compatible(Style a, Style b) =>
        a == b || a == Style.Single || b == Style.Single || (a, b) is (Style.Capitalized, Style.Upper) or (Style.Upper, Style.Capitalized);

    /// <summary>Checks one token of a name and counts its words; reports whether it mixes letters and digits and its case style.</summary>
    private static bool ReadNameToken(string value, int start, int end, ref int words, out bool digitsOnly, out bool mixed, out Style style)
    {
        var digits = false;
        var letters = false;
        style = Style.None;
        while (start < end)
        {
            var pieceEnd = PieceEnd(value, start, end);
            var kind = Classify(value, start, pieceEnd);
            if (kind == Piece.Digits)
            {
                digits = true;
            }
            else
            {
                if (kind == Piece.Junk)
                {
                    digitsOnly = mixed = false;
                    return false;
                }

                if (!letters)
                {
                    style = StyleOf(value, start, pieceEnd);
                }

                letters = true;
                if (kind is Piece.Word or Piece.Abbreviation || pieceEnd - start == 2)
                {
                    words++;
                }
            }

            start = pieceEnd;
        }

        digitsOnly = !letters;
        mixed = letters && digits;
        return true;
    }

    private static Style StyleOf(string value, int start, int end)
    {
        if (end - start == 1)
        {
            return Style.Single;
        }

        var head = char.IsUpper(value[start]);
        var tailUpper = char.IsUpper(value[start + 1]);
        return !head ? Style.Lower : tailUpper ? Style.Upper : Style.Capitalized;
    }

    /// <summary>The end of the piece starting at <paramref name="start"/> inside a token ending at <paramref name="end"/>.</summary>
    private static int PieceEnd(string value, int start, int end)
    {
        var i = start + 1;
        while (i < end)
        {
            char previous = value[i - 1], current = value[i];
            if (char.IsDigit(current) != char.IsDigit(previous))
            {
                break;
            }

            if (char.IsUpper(current)
                && (char.IsLower(previous) || (char.IsUpper(previous) && i + 1 < end && char.IsLower(value[i + 1]))))
            {
                break;
            }

            i++;
        }

        return i;
    }

    private static Piece Classify(string value, int start, int end)
    {
        if (char.IsDigit(value[start]))
        {
            return Piece.Digits;
        }

        var length = end - start;
        if (length <= 2)
        {
            return Piece.Short;
        }

        int vowels = 0, run = 0, longestRun = 0;
        for (var i = start; i < end; i++)
        {
            var c = char.ToLowerInvariant(value[i]);
            if (c > '\u007f')
            {
                // Other scripts (Chinese, accented words): words, not key material.
                return Piece.Word;
            }

            if (c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y')
            {
                vowels++;
                run = 0;
            }
            else
            {
                run++;
                longestRun = Math.Max(longestRun, run);
            }
        }

        if (vowels == 0)
        {
            return length <= 5 ? Piece.Abbreviation : Piece.Junk;
        }

        return longestRun >= 5 || (length > 3 && vowels * 5 > length * 4) ? Piece.Junk : Piece.Word;
    }
}
