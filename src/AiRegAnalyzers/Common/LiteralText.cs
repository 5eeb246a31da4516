namespace AiRegAnalyzers.Common;

/// <summary>The text of a string literal, for the rules that look at every literal of a compilation.</summary>
internal static class LiteralText
{
    /// <summary>
    /// The literal's string, or <see langword="null"/> for any other literal. The type is asked first:
    /// reading <c>ConstantValue.Value</c> boxes every number, <c>true</c> and character, which are most literals.
    /// </summary>
    public static string? Of(ILiteralOperation literal) =>
        literal.Type?.SpecialType == SpecialType.System_String && literal.ConstantValue.Value is string text ? text : null;
}
