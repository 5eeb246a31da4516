namespace AiRegAnalyzers.PersonalData;

/// <summary>
/// Classifies identifiers that contain Chinese characters. Chinese has no word boundaries, so
/// each run of characters is segmented by forward maximum matching against a trie of the
/// <see cref="ChineseTerms"/> (terms, stop terms, head nouns, look-alikes): at each position the
/// longest known word is taken whole, so a term inside a longer word that means something else
/// (密码学) is not a match. Latin parts of a mixed name (<c>Patient身份证号</c>) are words as usual.
/// </summary>
internal sealed class ChineseTermMatcher
{
    private enum Kind : byte
    {
        Latin,
        Term,
        Stop,
        Head,
        LookAlike,
    }

    private readonly struct Token
    {
        public Token(Kind kind, string? word, ChineseTerm? term)
        {
            Kind = kind;
            Word = word;
            Term = term;
        }

        public Kind Kind { get; }

        /// <summary>The lower-case word of a Latin token.</summary>
        public string? Word { get; }

        public ChineseTerm? Term { get; }
    }

    private sealed class Node
    {
        public Dictionary<char, Node>? Children;
        public Kind Kind;
        public ChineseTerm? Term;
        public bool IsEnd;
    }

    private readonly Node _root = new();

    /// <summary>Terms led by a Latin word (<c>IP地址</c>), by that word in lower case.</summary>
    private readonly Dictionary<string, List<(string Suffix, ChineseTerm Term)>> _latinLed = new(StringComparer.Ordinal);

    public ChineseTermMatcher(IEnumerable<ChineseTerm>? extraTerms)
    {
        foreach (var word in ChineseTerms.LookAlikes)
        {
            Insert(word, Kind.LookAlike, null);
        }

        foreach (var word in ChineseTerms.HeadTerms)
        {
            Insert(word, Kind.Head, null);
        }

        foreach (var word in ChineseTerms.StopTerms)
        {
            Insert(word, Kind.Stop, null);
        }

        foreach (var term in ChineseTerms.Terms)
        {
            AddTerm(term);
        }

        if (extraTerms is not null)
        {
            foreach (var term in extraTerms)
            {
                AddTerm(term);
            }
        }
    }

    /// <summary>The built-in terms alone.</summary>
    public static ChineseTermMatcher Default { get; } = new(null);

    /// <summary>Whether the text has a CJK ideograph; one pass over the characters, nothing allocated.</summary>
    public static bool ContainsHan(string text)
    {
        foreach (var c in text)
        {
            if (c >= '\u3400' && IsHan(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsHan(char c) =>
        (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF');

    /// <summary>
    /// The classification of an identifier with Chinese characters. The longest Chinese term wins
    /// (the later one between equals: the head of the compound); stop terms and stop words anywhere,
    /// head nouns after the term, a leading action verb and the term's own <see cref="ChineseTerm.Unless"/>
    /// words cancel it. Without a Chinese term the Latin words decide, unless a Chinese stop or head word cancels them.
    /// </summary>
    public PersonalDataClassification? Classify(string identifier, NameClassifier latin)
    {
        var tokens = Tokenize(identifier);
        var best = -1;
        var hasStop = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind == Kind.Stop || (token.Kind == Kind.Latin && PersonalDataVocabulary.StopWords.Contains(token.Word!)))
            {
                hasStop = true;
            }
            else if (token.Kind == Kind.Term && (best < 0 || token.Term!.Text.Length >= tokens[best].Term!.Text.Length))
            {
                best = i;
            }
        }

        if (hasStop)
        {
            return null;
        }

        if (best < 0)
        {
            List<string>? words = null;
            foreach (var token in tokens)
            {
                if (token.Kind == Kind.Head)
                {
                    return null;
                }

                if (token.Kind == Kind.Latin)
                {
                    (words ??= new List<string>()).Add(token.Word!);
                }
            }

            return words is null ? null : latin.Match(words);
        }

        for (var i = best + 1; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == Kind.Head || (tokens[i].Kind == Kind.Latin && PersonalDataVocabulary.HeadWords.Contains(tokens[i].Word!)))
            {
                return null;
            }
        }

        if (best > 0 && tokens[0].Kind == Kind.Latin && PersonalDataVocabulary.ActionVerbs.Contains(tokens[0].Word!))
        {
            return null;
        }

        var term = tokens[best].Term!;
        if (term.Unless is { } unless)
        {
            foreach (var word in unless)
            {
                if (identifier.IndexOf(word, word[0] < 0x80 ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal) >= 0)
                {
                    return null;
                }
            }
        }

        return term.Classification;
    }

    private List<Token> Tokenize(string identifier)
    {
        var tokens = new List<Token>(4);
        var i = 0;
        while (i < identifier.Length)
        {
            var end = i;
            var han = IsHan(identifier[i]);
            while (end < identifier.Length && IsHan(identifier[end]) == han)
            {
                end++;
            }

            if (han)
            {
                Segment(identifier, i, end, tokens);
            }
            else
            {
                foreach (var word in IdentifierWords.Split(identifier.Substring(i, end - i)))
                {
                    tokens.Add(new Token(Kind.Latin, word, null));
                }
            }

            i = end;
        }

        return tokens;
    }

    /// <summary>Forward maximum matching over one run of Chinese characters; characters of no known word are skipped.</summary>
    private void Segment(string text, int start, int end, List<Token> tokens)
    {
        var position = start;
        if (tokens.Count > 0 && tokens[tokens.Count - 1].Kind == Kind.Latin
            && _latinLed.TryGetValue(tokens[tokens.Count - 1].Word!, out var led))
        {
            ChineseTerm? longest = null;
            var length = 0;
            foreach (var (suffix, term) in led)
            {
                if (suffix.Length > length && suffix.Length <= end - start && string.CompareOrdinal(text, start, suffix, 0, suffix.Length) == 0)
                {
                    longest = term;
                    length = suffix.Length;
                }
            }

            if (longest is not null)
            {
                tokens[tokens.Count - 1] = new Token(Kind.Term, null, longest);
                position += length;
            }
        }

        while (position < end)
        {
            Node? match = null;
            var matchLength = 0;
            var node = _root;
            for (var j = position; j < end && node.Children is not null && node.Children.TryGetValue(text[j], out node); j++)
            {
                if (node.IsEnd)
                {
                    match = node;
                    matchLength = j - position + 1;
                }
            }

            if (match is null)
            {
                position++;
                continue;
            }

            tokens.Add(new Token(match.Kind, null, match.Term));
            position += matchLength;
        }
    }

    private void AddTerm(ChineseTerm term)
    {
        var firstHan = 0;
        while (firstHan < term.Text.Length && !IsHan(term.Text[firstHan]))
        {
            firstHan++;
        }

        if (firstHan == term.Text.Length)
        {
            return;
        }

        if (firstHan == 0)
        {
            Insert(term.Text, Kind.Term, term);
            return;
        }

        var word = term.Text.Substring(0, firstHan).ToLowerInvariant();
        if (!_latinLed.TryGetValue(word, out var list))
        {
            _latinLed[word] = list = new List<(string, ChineseTerm)>();
        }

        list.Add((term.Text.Substring(firstHan), term));
    }

    private void Insert(string word, Kind kind, ChineseTerm? term)
    {
        var node = _root;
        foreach (var c in word)
        {
            node.Children ??= new Dictionary<char, Node>();
            if (!node.Children.TryGetValue(c, out var child))
            {
                node.Children[c] = child = new Node();
            }

            node = child;
        }

        // A term wins over a stop or head word of the same spelling; the first term of a spelling stays.
        if (!node.IsEnd || (kind == Kind.Term && node.Kind != Kind.Term))
        {
            node.IsEnd = true;
            node.Kind = kind;
            node.Term = term;
        }
    }
}
