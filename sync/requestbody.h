#pragma once

#include "model/apijson/apijson.h"
#include "model/core/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace kcc::sync {

// Turns an outbox document (ApiJson's response shape, with the desk's uuids) into a POST body:
// only the keys the spec lets a client write, references as {"uuid": <server uuid>} (url and
// reverse relations are readOnly), and no keys the desk posts separately (a partij's
// identificatoren and addresses are their own entries).
class RequestBody
{
    Q_DECLARE_TR_FUNCTIONS(kcc::sync::RequestBody)

public:
    using ServerUuid = std::function<std::optional<QUuid>(ApiResource, const QUuid &)>;

    // An error when a reference points at a record that is not on the server.
    static Result<QJsonObject> build(ApiResource resource, const QJsonObject &document, const ServerUuid &serverUuid);

    // The declared filters that find what this body would create, to learn after a lost answer
    // whether the server stored it; nullopt when the spec offers no such filter.
    static std::optional<QUrlQuery> lookupQuery(ApiResource resource, const QJsonObject &body);
    // True when the server's record `candidate` holds every value of `body`.
    static bool matches(const QJsonObject &body, const QJsonObject &candidate);

    // True when two versions of a record (the API's JSON) hold the same values in every key a
    // client may write; blank values (null, "", a group of blanks) are all the same.
    static bool sameVersion(ApiResource resource, const QJsonObject &a, const QJsonObject &b);
};

} // namespace kcc::sync
