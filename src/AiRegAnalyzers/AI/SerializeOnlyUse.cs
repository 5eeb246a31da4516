namespace AiRegAnalyzers.AI;

/// <summary>
/// Whether Newtonsoft.Json settings or a serializer configured in one method are used there only to
/// write JSON (<c>JsonConvert.SerializeObject(value, settings)</c>, <c>serializer.Serialize(...)</c>).
/// Anything else (a field, a return, a deserializing call, an unknown method) counts as reading.
/// </summary>
internal static class SerializeOnlyUse
{
    /// <param name="assignment">The <c>TypeNameHandling</c> assignment.</param>
    /// <param name="instance">The object it sets: an object initializer's implicit receiver, or a local.</param>
    public static bool Holds(ISimpleAssignmentOperation assignment, IOperation? instance)
    {
        if (instance is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }
            && assignment.Parent is IObjectOrCollectionInitializerOperation { Parent: IObjectCreationOperation creation })
        {
            var parent = creation.Parent.WalkUpConversions();
            if (parent is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation { Symbol: { } declared } })
            {
                return LocalOnlySerializes(parent, declared);
            }

            return parent is IArgumentOperation argument && IsSerializing(argument);
        }

        return instance is ILocalReferenceOperation reference && LocalOnlySerializes(assignment, reference.Local);
    }

    private static bool LocalOnlySerializes(IOperation inBody, ILocalSymbol local)
    {
        var serialized = false;
        foreach (var descendant in inBody.Root().Descendants())
        {
            if (descendant is not ILocalReferenceOperation reference || !SymbolEqualityComparer.Default.Equals(reference.Local, local))
            {
                continue;
            }

            var parent = reference.Parent.WalkUpConversions();
            switch (parent)
            {
                case IPropertyReferenceOperation { Parent: ISimpleAssignmentOperation set } property when set.Target == property:
                    // settings.TypeNameHandling = ...: configuring, not using.
                    continue;
                case IArgumentOperation argument when IsSerializing(argument):
                    serialized = true;
                    continue;
                case IInvocationOperation { TargetMethod.Name: "Serialize" } call when call.Instance == reference:
                    serialized = true;
                    continue;
                default:
                    return false;
            }
        }

        return serialized;
    }

    private static bool IsSerializing(IArgumentOperation argument) =>
        argument.Parent is IInvocationOperation { TargetMethod: { Name: "SerializeObject" or "SerializeObjectAsync", ContainingType: { Name: "JsonConvert", ContainingNamespace.Name: "Json" } } };
}
