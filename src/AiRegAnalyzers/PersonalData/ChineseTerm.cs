namespace AiRegAnalyzers.PersonalData;

/// <summary>
/// One row of <see cref="ChineseTerms"/>: a term in Chinese characters, its pinyin and initials,
/// its classification, and the row of GB/T 35273-2020 it comes from.
/// </summary>
internal sealed class ChineseTerm
{
    public ChineseTerm(string text, string? pinyin, string[] abbreviations, PersonalDataClassification classification, string annex, string[]? unless)
    {
        Text = text;
        Pinyin = pinyin;
        Abbreviations = abbreviations;
        Classification = classification;
        Annex = annex;
        Unless = unless;
    }

    /// <summary>The term in Chinese characters, possibly led by a Latin word (<c>IP地址</c>).</summary>
    public string Text { get; }

    /// <summary>Syllables separated by spaces; <see langword="null"/> when the pinyin also spells a common unrelated word.</summary>
    public string? Pinyin { get; }

    /// <summary>Pinyin initials in common use (<c>sfzh</c>), matched as whole identifier words.</summary>
    public string[] Abbreviations { get; }

    public PersonalDataClassification Classification { get; }

    /// <summary>The annex rows (<c>表A.1 个人身份信息; 表B.1 个人身份信息</c>); a 表B.1 row or PIPL Art. 28 makes the term sensitive.</summary>
    public string Annex { get; }

    /// <summary>Words that, anywhere in the identifier (Latin ones in any case), say the term is about something else (<c>服务器地址</c>).</summary>
    public string[]? Unless { get; }
}
