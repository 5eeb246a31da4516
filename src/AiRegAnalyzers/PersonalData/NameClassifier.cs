using System.Collections.Concurrent;

namespace AiRegAnalyzers.PersonalData;

/// <summary>
/// Classifies identifiers by their words against <see cref="PersonalDataVocabulary"/> plus the
/// names configured in <c>aireg.personal_data_names</c>. Results are cached per name.
/// </summary>
internal sealed class NameClassifier
{
    private static readonly PersonalDataClassification?[] NoMatch = [null];

    /// <summary>Longest pinyin syllable ("zhuang"); longer words are never joined.</summary>
    private const int MaxSyllableLength = 6;

    private const int MaxJoinedWords = 6;

    private readonly Dictionary<string, List<PersonalDataVocabulary.Term>> _termsByFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PersonalDataVocabulary.Term> _termsByJoinedWords = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PersonalDataClassification?[]> _cache = new(StringComparer.Ordinal);
    private readonly ChineseTermMatcher _chinese = ChineseTermMatcher.Default;

    public NameClassifier(ImmutableArray<string> extraNames)
    {
        foreach (var term in PersonalDataVocabulary.Terms)
        {
            Add(term);
        }

        foreach (var term in ChineseTerms.PinyinTerms)
        {
            Add(term);
        }

        List<ChineseTerm>? chineseNames = null;
        foreach (var entry in extraNames)
        {
            if (ParseExtraName(entry) is { } term)
            {
                if (ChineseTermMatcher.ContainsHan(entry))
                {
                    (chineseNames ??= new List<ChineseTerm>()).Add(new ChineseTerm(string.Concat(term.Words), null, [], term.Classification, "aireg.personal_data_names", null));
                }
                else
                {
                    Add(term);
                }
            }
        }

        if (chineseNames is not null)
        {
            _chinese = new ChineseTermMatcher(chineseNames);
        }
    }

    /// <summary>The built-in vocabulary alone, shared by every compilation without configured names.</summary>
    public static NameClassifier Default { get; } = new(ImmutableArray<string>.Empty);

    public PersonalDataClassification? Classify(string identifier)
    {
        if (identifier.Length == 0)
        {
            return null;
        }

        if (!_cache.TryGetValue(identifier, out var result))
        {
            var classification = ChineseTermMatcher.ContainsHan(identifier)
                ? _chinese.Classify(identifier, this)
                : Match(IdentifierWords.Split(identifier));
            result = classification is null ? NoMatch : [classification];
            _cache.TryAdd(identifier, result);
        }

        return result[0];
    }

    internal PersonalDataClassification? Match(List<string> words)
    {
        PersonalDataVocabulary.Term? best = null;
        int bestStart = 0, bestLength = 0;
        for (var i = 0; i < words.Count; i++)
        {
            if (_termsByFirstWord.TryGetValue(words[i], out var candidates))
            {
                foreach (var term in candidates)
                {
                    // The longest term wins; between terms of equal length the later one, which is the head
                    // of the compound (EmailPassword is a password).
                    if (term.Words.Length >= bestLength && MatchesAt(words, i, term.Words))
                    {
                        best = term;
                        bestStart = i;
                        bestLength = term.Words.Length;
                    }
                }
            }

            // Pinyin is often written one syllable per capital (ShenFenZheng, ZhengJianHaoMa): words that
            // together spell a term match it too.
            if (words[i].Length <= MaxSyllableLength && i + 1 < words.Count)
            {
                var joined = words[i];
                for (var j = i + 1; j < words.Count && j - i < MaxJoinedWords && words[j].Length <= MaxSyllableLength; j++)
                {
                    joined += words[j];
                    var length = j - i + 1;
                    if (length >= bestLength && _termsByJoinedWords.TryGetValue(joined, out var term))
                    {
                        best = term;
                        bestStart = i;
                        bestLength = length;
                    }
                }
            }
        }

        if (best is null)
        {
            return null;
        }

        // "X with/of/for Y": X is the head and names the thing (idsWithMissingEmail, ListOfPhones); the term
        // in Y decides nothing, the head phrase alone does (EmailForUser is an e-mail address).
        for (var r = 1; r < bestStart; r++)
        {
            if (PersonalDataVocabulary.RelationWords.Contains(words[r]))
            {
                return Match(words.GetRange(0, r));
            }
        }

        // Words outside the matched term that say "this is protected" or "this is about the data" cancel it;
        // head nouns (settings, sender, id, date, ...) cancel it only when they follow the term.
        var bestEnd = bestStart + bestLength;
        if (bestStart > 0 && PersonalDataVocabulary.ActionVerbs.Contains(words[0]))
        {
            return null;
        }

        for (var i = 0; i < words.Count; i++)
        {
            if (i >= bestStart && i < bestEnd)
            {
                continue;
            }

            var word = words[i];
            if (PersonalDataVocabulary.StopWords.Contains(word)
                || (i >= bestEnd && PersonalDataVocabulary.HeadWords.Contains(word))
                || (best.Unless is { } unless && Array.IndexOf(unless, word) >= 0))
            {
                return null;
            }
        }

        return best.Classification;
    }

    private static bool MatchesAt(List<string> words, int start, string[] termWords)
    {
        if (start + termWords.Length > words.Count)
        {
            return false;
        }

        for (var j = 0; j < termWords.Length; j++)
        {
            if (!string.Equals(words[start + j], termWords[j], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private void Add(PersonalDataVocabulary.Term term)
    {
        if (!_termsByFirstWord.TryGetValue(term.Words[0], out var list))
        {
            _termsByFirstWord[term.Words[0]] = list = new List<PersonalDataVocabulary.Term>();
        }

        list.Add(term);

        var joined = string.Concat(term.Words);
        if (!_termsByJoinedWords.ContainsKey(joined))
        {
            _termsByJoinedWords[joined] = term;
        }
    }

    /// <summary><c>member_no</c> or <c>member_no:identity</c> (a category name; the sensitive ones make the term sensitive).</summary>
    private static PersonalDataVocabulary.Term? ParseExtraName(string entry)
    {
        var category = PersonalDataCategory.General;
        var colon = entry.IndexOf(':');
        var name = entry;
        if (colon >= 0)
        {
            name = entry.Substring(0, colon);
            if (!Enum.TryParse(entry.Substring(colon + 1).Trim(), ignoreCase: true, out category))
            {
                category = PersonalDataCategory.General;
            }
        }

        var words = IdentifierWords.Split(name.Trim());
        if (words.Count == 0)
        {
            return null;
        }

        return new PersonalDataVocabulary.Term([.. words], new PersonalDataClassification(category, IsSensitiveCategory(category)), unless: null);
    }

    internal static bool IsSensitiveCategory(PersonalDataCategory category) => category switch
    {
        PersonalDataCategory.Identity or PersonalDataCategory.Financial or PersonalDataCategory.Health or PersonalDataCategory.Biometric
            or PersonalDataCategory.Location or PersonalDataCategory.Belief or PersonalDataCategory.Minor or PersonalDataCategory.Credential => true,
        _ => false,
    };
}
