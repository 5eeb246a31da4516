namespace AiRegAnalyzers.Crypto;

/// <summary>
/// AIREG309: <c>new SM2Engine()</c> and <c>new SM2Engine(digest)</c> (BouncyCastle) encrypt to
/// C1‖C2‖C3, the order of the 2010 draft; GM/T 0003.4-2012 and GB/T 32918.4-2016 specify
/// C1‖C3‖C2. Silent when a <c>SM2Engine.Mode</c> is passed: either value written out is a decision.
/// Every profile: interoperability does not depend on which algorithms a project prefers.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class Sm2CiphertextOrderAnalyzer() : AiRegAnalyzer(Descriptors.AIREG309_Sm2CiphertextOrder)
{
    private protected override void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        if (BouncyCastleTypes.Get(context.Compilation) is not { Sm2Engine: { } engine, Sm2EngineMode: { } mode })
        {
            return;
        }

        context.RegisterOperationAction(
            c =>
            {
                var creation = (IObjectCreationOperation)c.Operation;
                if (creation.Constructor is not { } constructor || !SymbolEqualityComparer.Default.Equals(constructor.ContainingType, engine))
                {
                    return;
                }

                foreach (var parameter in constructor.Parameters)
                {
                    if (SymbolEqualityComparer.Default.Equals(parameter.Type, mode))
                    {
                        return;
                    }
                }

                c.ReportDiagnostic(Diagnostic.Create(Descriptors.AIREG309_Sm2CiphertextOrder, creation.Syntax.GetLocation(), CryptoHelpers.Describe(creation.Syntax)));
            },
            OperationKind.ObjectCreation);
    }
}
