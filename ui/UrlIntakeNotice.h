#pragma once

#include "NoticePanel.h"

struct UrlIntakeResult;

// Above the form after a drop or a paste that held things which cannot be source videos: names
// each one (the first few of a long list) and why it was refused, so the person can fix the
// link instead of guessing.
class UrlIntakeNotice : public NoticePanel
{
    Q_OBJECT

public:
    enum class Origin { Drop, Clipboard, CommandLine };

    explicit UrlIntakeNotice(QWidget *parent = nullptr);

    // Shows what result refused, or hides the notice when nothing was: an old list of refusals
    // next to a drop that went well would only confuse.
    void showResult(const UrlIntakeResult &result, Origin origin);
};
