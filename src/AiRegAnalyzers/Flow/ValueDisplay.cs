namespace AiRegAnalyzers.Flow;

/// <summary>How a value is named in messages.</summary>
internal static class ValueDisplay
{
    private const int MaxDisplayLength = 80;

    /// <summary>The expression as written, on one line and at most 80 characters, for messages.</summary>
    public static string Of(IOperation operation)
    {
        // "user?.Email": the member binding alone reads ".Email"; show the whole access.
        var syntax = operation.Syntax;
        while (syntax.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.ConditionalAccessExpressionSyntax access && access.WhenNotNull == syntax
               || syntax is Microsoft.CodeAnalysis.CSharp.Syntax.MemberBindingExpressionSyntax && syntax.Parent is not null)
        {
            syntax = syntax.Parent!;
        }

        var text = syntax.ToString();
        if (text.IndexOf('\n') >= 0)
        {
            text = string.Join(" ", text.Split(['\r', '\n', ' ', '\t'], System.StringSplitOptions.RemoveEmptyEntries));
        }

        return text.Length <= MaxDisplayLength ? text : text.Substring(0, MaxDisplayLength - 1) + "…";
    }
}
