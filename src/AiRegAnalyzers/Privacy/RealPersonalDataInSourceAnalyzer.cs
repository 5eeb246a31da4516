using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace AiRegAnalyzers.Privacy;

/// <summary>
/// AIREG106: string literals holding real-looking personal data (see <see cref="PersonalDataLiterals"/>).
/// Works on syntax (string literals, raw and verbatim literals, the text parts of interpolated
/// strings), which also covers attribute arguments and constants; test projects are skipped unless
/// <c>aireg.AIREG106.include_tests = true</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RealPersonalDataInSourceAnalyzer() : AiRegAnalyzer(Descriptors.AIREG106_RealPersonalDataInSource)
{
    private const string RuleId = RuleIds.RealPersonalDataInSource;

    private static readonly LocalizableString[] KindTexts =
    [
        Resources.Localizable("Kind_ResidentIdNumber"),
        Resources.Localizable("Kind_ResidentIdNumber"),
        Resources.Localizable("Kind_MobileNumber"),
        Resources.Localizable("Kind_BankCardNumber"),
        Resources.Localizable("Kind_EmailAddress"),
    ];

    private protected override void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        var isTestProject = TestProjects.IsTestProject(start.Compilation);
        var includeTests = isTestProject ? new PerTreeCache<object>(start.Options, options => SharedOptions.IncludeTests.Read(options, RuleId)) : null;
        start.RegisterSyntaxNodeAction(
            c =>
            {
                if (includeTests is null || (bool)includeTests.Get(c.Node.SyntaxTree))
                {
                    Analyze(c);
                }
            },
            SyntaxKind.StringLiteralExpression,
            SyntaxKind.Utf8StringLiteralExpression,
            SyntaxKind.InterpolatedStringText);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        var token = context.Node switch
        {
            LiteralExpressionSyntax literal => literal.Token,
            InterpolatedStringTextSyntax part => part.TextToken,
            _ => default,
        };

        var text = token.ValueText;
        var kind = PersonalDataLiterals.Find(text);
        if (kind != LiteralKind.None)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.AIREG106_RealPersonalDataInSource, context.Node.GetLocation(), KindTexts[(int)kind]));
        }
    }
}
